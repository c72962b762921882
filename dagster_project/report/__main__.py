"""`make report`: build the reports of the current public release (published/report/)."""

from .. import settings
from .build import publish_reports

if __name__ == "__main__":
    site = publish_reports(settings.published_dir())
    state = f"built in {site.seconds:.1f} s" if site.built else "already built for this release"
    print(f"{len(site.pages)} reports ({', '.join(site.pages)}), {state}: {site.path / 'index.html'}")
