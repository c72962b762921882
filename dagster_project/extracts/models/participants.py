"""The participant columns that the CIS and KIS questionnaires share."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..fields import key, persons
from ..reference import UNIT_ID


class ParticipantsBase(pa.DataFrameModel):
    """Columns the CIS and KIS questionnaires share: who the participants were."""

    unit_id: Series[str] = key("identyfikator jednostki", "Unit id, as in register.csv.", UNIT_ID, unique=True)
    participants_total: Series[pd.Int64Dtype] = persons(
        "liczba uczestników", "Participants in the year (one person counted once)."
    )
    cat_long_term_unemployed: Series[pd.Int64Dtype] = persons(
        "długotrwale bezrobotni",
        "Participants long-term unemployed (categories overlap).",
        group="categories",
    )
    cat_homeless: Series[pd.Int64Dtype] = persons("bezdomni", "Participants homeless.", group="categories")
    cat_alcohol_addicted: Series[pd.Int64Dtype] = persons(
        "uzależnieni od alkoholu", "Participants addicted to alcohol.", group="categories"
    )
    cat_drug_addicted: Series[pd.Int64Dtype] = persons(
        "uzależnieni od narkotyków", "Participants addicted to drugs.", group="categories"
    )
    cat_mentally_ill: Series[pd.Int64Dtype] = persons(
        "osoby z zaburzeniami psychicznymi", "Participants mentally ill.", group="categories"
    )
    cat_released_prisoners: Series[pd.Int64Dtype] = persons(
        "zwolnieni z zakładów karnych", "Participants released from prison.", group="categories"
    )
    cat_refugees: Series[pd.Int64Dtype] = persons(
        "uchodźcy", "Refugees in an individual integration programme.", group="categories"
    )
    cat_disabled: Series[pd.Int64Dtype] = persons(
        "osoby z niepełnosprawnościami", "Participants with disabilities.", group="categories"
    )
    cat_other: Series[pd.Int64Dtype] = persons(
        "inne", "Participants in no listed category ('inne').", group="categories"
    )
    age_under_25: Series[pd.Int64Dtype] = persons(
        "poniżej 25 lat",
        "Participants under 25; with the other bands sums to participants_total, or all b.d.",
        group="age_bands",
    )
    age_25_35: Series[pd.Int64Dtype] = persons("25-35 lat", "Participants aged 25-35.", group="age_bands")
    age_36_45: Series[pd.Int64Dtype] = persons("36-45 lat", "Participants aged 36-45.", group="age_bands")
    age_over_45: Series[pd.Int64Dtype] = persons("powyżej 45 lat", "Participants over 45.", group="age_bands")
    edu_primary: Series[pd.Int64Dtype] = persons(
        "podstawowe",
        "Education: primary; the levels sum to participants_total, or all b.d.",
        group="education_levels",
    )
    edu_lower_secondary: Series[pd.Int64Dtype] = persons(
        "gimnazjalne", "Education: lower secondary (gimnazjum).", group="education_levels"
    )
    edu_basic_vocational: Series[pd.Int64Dtype] = persons(
        "zasadnicze zawodowe", "Education: basic vocational.", group="education_levels"
    )
    edu_secondary: Series[pd.Int64Dtype] = persons("średnie", "Education: secondary.", group="education_levels")
    edu_post_secondary: Series[pd.Int64Dtype] = persons(
        "policealne", "Education: post-secondary.", group="education_levels"
    )
    edu_higher: Series[pd.Int64Dtype] = persons("wyższe", "Education: higher.", group="education_levels")
