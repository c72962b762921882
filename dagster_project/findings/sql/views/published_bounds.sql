-- Every printed figure with the bounds its print allows: exact, half a printed step either side
-- (49,0 tys. is 48 950 to 49 050); almost (blisko), up to one step under it; over (ponad), up to
-- one step above it; about (około), one step either side. Read by the checks that put printed
-- figures together (an average against its total, parts against their whole).
select
    *,
    case approximation
        when 'over' then value + 1e-9
        when 'almost' then value - step
        when 'about' then value - step
        else value - step / 2
    end as lower_bound,
    case approximation
        when 'over' then value + step
        when 'almost' then value - 1e-9
        when 'about' then value + step
        else value + step / 2
    end as upper_bound
from (
    select
        *,
        power(10, -cast(decimals as integer)) as step
    from raw.published_figures
) as figures
