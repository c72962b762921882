with

source as (

    select * from {{ source('raw', 'published_figures') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        figure_id,
        chapter,
        location,
        measure,
        unit_type,
        subject_id,
        indicator_id,
        printed,
        cast(value as double) as printed_value,
        cast(decimals as integer) as printed_decimals,
        value_kind as printed_kind,
        cast(lower_bound as double) as printed_lower_bound,
        cast(upper_bound as double) as printed_upper_bound,
        count_figure_id,
        base_figure_id,
        not_computable_reason,
        geography_code,
        cast(figure_year as integer) as figure_year,
        cast(base_year as integer) as base_year,
        approximation,
        breakdown,
        cast(breakdown_complete as boolean) as breakdown_complete,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
