"""schema.org Product extraction: offer shapes, ProductGroup variants, microdata, broken markup."""
import json

from coffee_scraper.structured_data import products_from_html

URL = "https://shop.example.co.uk/products/kenya-karumandi"


def page(*nodes, extra=""):
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(n)}</script>' for n in nodes)
    return f"<html><head>{scripts}</head><body>{extra}</body></html>"


def test_single_offer():
    html = page({"@context": "https://schema.org", "@type": "Product", "name": "Kenya Karumandi", "sku": "KK-250",
                 "description": "<p>Blackcurrant</p>", "image": ["https://x/img.jpg"],
                 "offers": {"@type": "Offer", "price": "12.50", "priceCurrency": "GBP",
                            "availability": "https://schema.org/InStock"}})
    [(pid, node, src)] = products_from_html(html, URL)
    assert pid == "KK-250" and src.name == "Kenya Karumandi"
    [v] = src.variants
    assert (v.price, v.currency, v.in_stock) == ("12.50", "GBP", True)


def test_offer_list_and_aggregate_offer():
    html = page(
        {"@type": "Product", "name": "A", "productID": "a", "offers": [
            {"@type": "Offer", "name": "250g", "price": 10, "priceCurrency": "EUR", "sku": "a-250",
             "availability": "http://schema.org/OutOfStock"},
            {"@type": "Offer", "name": "1kg", "price": "32.00", "priceCurrency": "EUR", "sku": "a-1000"}]},
        {"@type": "Product", "name": "B", "sku": "b", "offers": {"@type": "AggregateOffer", "lowPrice": "9.00",
                                                                 "highPrice": "30.00", "priceCurrency": "EUR"}},
    )
    found = {pid: src for pid, _, src in products_from_html(html, URL)}
    assert [(v.variant_id, v.title, v.price, v.in_stock) for v in found["a"].variants] == [
        ("a-250", "250g", "10", False), ("a-1000", "1kg", "32.00", None)]
    assert [v.price for v in found["b"].variants] == ["9.00"]


def test_product_group_with_variants_in_a_graph():
    html = page({"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "name": "Roaster"},
        {"@type": "ProductGroup", "name": "Ethiopia Guji", "productGroupID": "guji", "variesBy": "weight",
         "hasVariant": [
             {"@type": "Product", "name": "Ethiopia Guji 250g", "sku": "guji-250",
              "weight": {"@type": "QuantitativeValue", "value": 250, "unitCode": "GRM"},
              "offers": {"@type": "Offer", "price": "14.00", "priceCurrency": "GBP"}},
             {"@type": "Product", "name": "Ethiopia Guji 1kg", "sku": "guji-1000",
              "weight": {"@type": "QuantitativeValue", "value": 1, "unitCode": "KGM"},
              "offers": {"@type": "Offer", "price": "45.00", "priceCurrency": "GBP"}}]}]})
    [(pid, _, src)] = products_from_html(html, URL)
    assert pid == "guji"
    assert [(v.variant_id, v.options, v.price) for v in src.variants] == [
        ("guji-250", [("Weight", "250 g")], "14.00"), ("guji-1000", [("Weight", "1 kg")], "45.00")]


def test_microdata_product():
    html = """<html><body><div itemscope itemtype="https://schema.org/Product">
      <span itemprop="name">Colombia Huila</span><meta itemprop="sku" content="huila">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <meta itemprop="price" content="11.00"><meta itemprop="priceCurrency" content="EUR">
        <link itemprop="availability" href="https://schema.org/InStock"></div></div></body></html>"""
    [(pid, _, src)] = products_from_html(html, URL)
    assert pid == "huila" and src.variants[0].price == "11.00" and src.variants[0].in_stock is True


def test_no_product_and_broken_json_are_empty_not_errors():
    assert products_from_html(page({"@type": "WebSite", "name": "x"}), URL) == []
    broken = '<script type="application/ld+json">{"@type": "Product", "name": </script>'
    assert products_from_html(f"<html><head>{broken}</head></html>", URL) == []


def test_ids_taken_from_urls_survive_a_host_change():
    def ids(host):
        html = page({"@type": "Product", "name": "N", "@id": f"{host}/products/n#product", "offers": [
            {"@type": "Offer", "url": f"{host}/products/n?variant=1", "price": "1", "priceCurrency": "EUR"}]})
        [(pid, _, src)] = products_from_html(html, f"{host}/products/n")
        return pid, src.variants[0].variant_id

    assert ids("http://shop.localhost:8001") == ids("https://www.shop.example") == ("/products/n#product", "/products/n?variant=1")


def test_loader_cleans_what_the_page_states():
    """Real WooCommerce/Shopify JSON-LD escapes names twice ("Caf&eacute; &amp; Co"); the loader cleans once for all."""
    from coffee_scraper.structured_data import image_of, products_from_html

    html = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", '
            '"name": "  Caf&eacute; &amp; Co Blend ", "brand": {"@type": "Brand", "name": "A &amp; B"}, '
            '"category": ["Coffee", {"@id": "x"}], "image": [{"@type": "ImageObject", "url": "https://s.example/1.jpg"}, '
            '"https://s.example/2.jpg"], "offers": {"@type": "Offer", "price": "12.50", "priceCurrency": "GBP", '
            '"name": "250 g &#8211; whole", "sku": " B-250 ", "availability": "https://schema.org/OutOfStock"}}</script>')
    ((pid, node, source),) = products_from_html(html, "https://shop.example/products/cafe")
    assert (source.name, source.vendor, source.categories) == ("Café & Co Blend", "A & B", ["Coffee"])
    assert image_of(node) == "https://s.example/1.jpg"
    (variant,) = source.variants
    assert (variant.title, variant.sku, variant.price, variant.in_stock) == ("250 g – whole", "B-250", "12.50", False)
