"""Report: the yearly reports generated from the public release (group and key prefix `report`):
the regional report of a voivodship in Polish and Statistics Poland's national release in
English, as a static site and as accessible PDF (PDF/UA-1)."""
