-- national.csv as the marts use it: of two values of one year x geography x unit type x measure
-- (x the unit types a total covers), a published one supersedes a derived one and a later
-- release an earlier one (the same rule as dbt's stg_raw__national). The checks of national
-- statistics read this view, not raw.national, so that a superseded value on the record is never
-- summed with the value that superseded it.
select * from raw.national
qualify row_number() over (
        partition by reporting_year, geography_code, unit_type, coalesce(types_covered, ''), measure
        order by provenance = 'published' desc, release_year desc
    ) = 1
