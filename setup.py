"""Build shim for `scrapyd-deploy`, which runs `setup.py bdist_egg`; everything else is in pyproject.toml."""
from setuptools import setup
from setuptools.command.bdist_egg import bdist_egg

FIXTURES = "coffee_scraper_shops"


class ProductEgg(bdist_egg):
    """The egg Scrapyd runs holds the product only: the fixture shops are for the demo and tests."""

    def finalize_options(self):
        dist = self.distribution
        dist.packages = [p for p in dist.packages or [] if p != FIXTURES and not p.startswith(FIXTURES + ".")]
        dist.package_data = {k: v for k, v in (dist.package_data or {}).items() if not k.startswith(FIXTURES)}
        super().finalize_options()


setup(cmdclass={"bdist_egg": ProductEgg})
