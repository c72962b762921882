{#- Every value typed from a release, current or superseded, on the record: the 2023 release's
    "6 more ZAZ than in 2021" implies 135, the 2021 release prints 133; the published 133 is the
    current value and the derived 135 stays here, superseded, with what superseded it. -#}
with

release_values as (

    select * from {{ ref('stg_raw__national') }}

)

select
    reporting_year,
    geography_code,
    unit_type,
    measure,
    value,
    provenance,
    release_year,
    derived_from_year,
    types_covered,
    approximation,
    record_status,
    superseded_by,
    note,
    source_row
from release_values
