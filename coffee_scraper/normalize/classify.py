"""Coffee or not (subscriptions, gift cards, gear, merch, bundles...), decaf, and blend detection."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from coffee_scraper.items import SourceProduct

from . import lang
from .origin import countries_in_text, countries_in_title
from .patterns import Guarded, GuardSet, compile as compile_stored, fold, folds_as_lower
from .text import split_tag

_W = re.IGNORECASE
# Each rule: (reason, pattern over the title, pattern over product_type/categories). Order matters:
# "Gift Subscription" is a subscription, "Grinder Bundle" is equipment before it is a bundle.
_SUBSCRIPTION_RE = compile_stored(r"\bsubscri(?:ption|be)\b|\(add[\s-]?on\)|\badd[\s-]?on\b|\bcoffee\s+club\b|\bprepaid\b", _W)
_GIFT_CARD_RE = compile_stored(r"\bgift\s*(?:card|certificate|voucher)\b|\be-?gift\b|\bgiftcard\b", _W)
_HAMPER_RE = compile_stored(r"\b(?:gift\s+(?:hamper|box|set|pack|basket)|hampers?|gifting)\b", _W)
_EVENT_RE = compile_stored(r"\b(?:workshops?|masterclass|class(?:es)?|course|roastery\s+tour|tour|tickets?|events?|"
                       r"cupping\s+session|training|barista\s+basics)\b", _W)
_INSTANT_RE = compile_stored(r"\b(?:instant|sachets?|single[\s-]*serves?|drip\s*bags?|steep(?:ed)?\s*bags?|coffee\s+bags|"
                         r"pods?|capsules?|k-?cups?|nespresso|easy\s*pour|pour[\s-]*over\s+(?:packs?|pouches|sachets?)|"
                         r"ready[\s-]*to[\s-]*drink|rtd|cold\s+brew\s+(?:cans?|bottles?|concentrate)|cans?|concentrate|"
                         r"brew\s+bags?|stick\s+packs?|cold[\s-]*brew\s+(?:packs?|pouch(?:es)?|filter\s+(?:packs?|bags?))|"
                         r"filter\s+bags?)\b", _W)
_BUNDLE_RE = compile_stored(r"\b(?:bundles?|samplers?|sample\s+(?:pack|box|set)|tasting\s+(?:flight|box|set|kit)|"
                        r"variety\s+pack|discovery\s+(?:box|set|pack)|taster\s+(?:pack|box)|trio|duo|flight|"
                        r"pack\s+of\s+\d+|\d+\s*-?\s*bag\s+(?:set|box)|collab(?:oration)?\s+box|advent|box\s+set|"
                        r"explorer\s+(?:pack|box|kit))\b", _W)
# Green (unroasted) coffee is sold to home roasters: beans, but not the roasted coffee this catalogue compares.
# (no "raw coffee": its guard word would be "coffee", in most titles)
_GREEN_RE = compile_stored(r"\bgreen\s+(?:coffee|beans?)\b|\bunroasted\b", _W)
# What a shop sells beside goods: "Shipping Protection", "Gift Wrap", "Donation - Coffee Farmers Relief Fund".
_SERVICE_RE = compile_stored(r"\b(?:donations?|donate|gift\s*wrap(?:ping)?|tip\s+jar|gratuity|shipping\s+protection|"
                             r"package\s+protection|shipping\s+insurance|relief\s+fund)\b", _W)
_WHITE_LABEL_RE = compile_stored(r"\b(?:white[\s-]*label|private[\s-]*label|contract\s+roast(?:ing)?)\b", _W)
_EQUIPMENT = [
    ("grinder", r"grinders?|burrs?\b|\bmill\s+grinder"),
    ("kettle", r"kettles?"),
    ("brewer", r"drippers?|brewers?|v60|chemex|aeropress|french\s+press|moka\s+pot|pour[\s-]*over\s+(?:set|kit|stand)|"
               r"clever|kalita|origami|siphon|syphon|cold\s+brew\s+(?:maker|system)|percolator|cafeti[eè]re"),
    ("espresso machine", r"espresso\s+machines?|machines?"),
    ("scale", r"scales?"),
    # "Ethiopia – Filter" is a filter roast; "V60 Filters" and "Filter 100 pack" are paper.
    ("filters", r"filter\s+papers?|paper\s+filters?|filters\s*\(\d+|\bfilters\b(?=\s*(?:pack|\d|$))|"
                r"\bfilter\b(?=\s*(?:pack|\d))"),
    ("accessory", r"scoops?|tampers?|pitchers?|jugs?|carafes?|servers?|knock\s*box|cleaning|cleaner|descaler|"
                  r"brush|canisters?|airscape|storage|thermometer|distribution\s+tool"),
]
_EQUIPMENT_RE = [(name, compile_stored(rf"\b(?:{p})", _W)) for name, p in _EQUIPMENT]
# Gear sold under a brand or model name only ("Baratza Encore ESP", typed as nothing).
_GRINDER_BRAND_RE = compile_stored(r"\b(?:baratza|comandante|timemore|1zpresso|niche\s+zero|eureka|mahlk[oö]nig|ditting|"
                               r"encore|virtuoso|sette|wilfa|kinu|lagom|df64|fellow\s+ode|option-?o)\b", _W)
_GEAR_BRAND_RE = compile_stored(r"\b(?:fellow\s+(?:stagg|ekg|carter|atmos|prismo|clara)|hario|acaia|bodum|bialetti|breville|"
                            r"la\s+marzocco|moccamaster|technivorm|rancilio|rocket\s+espresso|lelit|gaggia|kinto|"
                            r"brewista|bonavita|stagg|ekg)\b", _W)
_MERCH_RE = compile_stored(r"\b(?:mugs?|cups?|saucers?|tumblers?|sippers?|glass(?:es|ware)?|tote(?:\s+bag)?|t-?shirts?|"
                       r"tees?|shirts?|hoodies?|sweatshirts?|hats?|caps?|beanies?|stickers?|posters?|socks|aprons?|"
                       r"pins?|postcards?|candles?|books?|magazines?|keychains?|enamel|notebooks?|merch(?:andise)?|"
                       r"bandanas?|patch(?:es)?|soaps?|body\s+scrubs?|earrings?|necklaces?|jewel(?:le)?ry|ornaments?|"
                       r"magnets?)\b", _W)
_FOOD_RE = compile_stored(r"\b(?:matcha|tea|chai|hot\s+chocolate|chocolate\s+bars?|"
                      r"chocolate[\s-]+(?:covered|coated|dipped)|cookies?|biscotti|syrups?|granola|stout|beers?|liqueur|kombucha|sodas?|"
                      r"cacao\s+nibs|honey\s+jar|snacks?)\b", _W)
_NON_COFFEE_TYPE_RE = compile_stored(
    r"\b(?:equipments?|gear|brewing|grinders?|accessor(?:y|ies)|merch(?:andise)?|apparel|clothing|drinkware|"
    r"gift\s*cards?|gifting|gifts?|subscriptions?|training|events?|workshops?|classes|tea|food|bakery|"
    r"collateral|marketing|print|packaging|wholesale|bundles?|samplers?|instant|capsules?|pods?)\b", _W)
_COFFEE_TYPE_RE = compile_stored(r"\bcoffee|single\s+(?:origin|estate)|blends?|espresso|decaf|beans?|"
                             r"rarities|nano|producer|limited|archiv|release|micro[\s-]*lot|reserve\b", _W)
# Cup of Excellence is a competition, not a cup; a roast named "Moka Pot Blend" is coffee.
_NEUTRALISE_RE = compile_stored(r"cup\s+of\s+excellence|\bcoe\b|\bblend\b.*|\bespresso\s+(?:roast|blend)", _W)
# After a brewer's name: the roast is named for it ("French Press Roast", "Chemex Blend").
_NAMED_FOR_BREWER_RE = compile_stored(r"\s+(?:blend|roast)\b", _W)
_WHOLESALE_TAG_RE = compile_stored(r"^(?:normal\s+wholesale|wholesale\s+only|wholesale[\s_-]+\w+|tier\s*\d|tier[\s_-]?\d|b2b)$", _W)
_EVENT_OPTION_RE = compile_stored(r"^(?:city|date|location|venue|session|time\s*slot|slot)$", _W)
_SUB_OPTION_RE = compile_stored(r"installments?|frequency|deliver(?:y|ies)|every|how\s+often|duration|months?", _W)

# Product type / category and title words (compiled once).
_TYPE_SUB_RE = compile_stored(r"\bsubscriptions?\b", _W)
_TYPE_GIFT_CARD_RE = compile_stored(r"gift\s*cards?", _W)
_TYPE_COLLATERAL_RE = compile_stored(r"collateral", _W)
_WHOLESALE_RE = compile_stored(r"\bwholesale\b", _W)
_TYPE_HAMPER_RE = compile_stored(r"\bgifting\b|\bhampers?\b", _W)
_TYPE_EVENT_RE = compile_stored(r"\b(?:training|events?|workshops?|classes)\b", _W)
_GRIND_NAME_RE = compile_stored(r"grind", _W)
_TYPE_EQUIPMENT_RE = compile_stored(r"\b(?:equipments?|gear|brewing\s+equipment|hardware|manual\s+brewing|grinders?)\b", _W)
_TYPE_INSTANT_RE = compile_stored(r"\binstant\b|\bcapsules?\b|\bpods?\b|\bsachets?\b", _W)
_TYPE_BUNDLE_RE = compile_stored(r"\bbundles?\b|\bsamplers?\b", _W)
_TYPE_MERCH_RE = compile_stored(r"\bmerch|apparel|drinkware|clothing", _W)
_CASCARA_RE = compile_stored(r"\bcascara\b", _W)
_COFFEE_WORD_RE = compile_stored(r"\bcoffee\b", _W)
_DECAF_TEXT_RE = compile_stored(r"\b(?:this|our)\s+(?:\w+\s+){0,2}decaf\b|decaffeinated\s+(?:using|with|by|via)|"
                            r"(?:this|the)\s+coffee\s+(?:is|was)\s+decaffeinated", _W)
_DECAF_RE = compile_stored(r"\bdecaf(?:feinated|einated)?\b|\bde-?caf\b|swiss\s*water|sugar\s*-?\s*cane\s+(?:decaf|process|ea)|"
                       r"\bEA\s+(?:decaf|process)|ethyl\s+acetate|mountain\s+water|\bCO2\s+decaf|caffeine[\s-]free", _W)
_BLEND_RE = compile_stored(r"\bblends?\b", _W)
_SINGLE_RE = compile_stored(r"single[\s-]+(?:origin|estate|farm|lot)", _W)
_BLEND_TEXT_RE = compile_stored(r"\b(?:this|our|the|a)\s+(?:[\w-]+\s+){0,3}blend\b(?!\s+(?:of\s+(?:nuts|fruits)|seamlessly|in))|"
                            r"\bblend(?:ed)?\s+of\s+(?:\w+\s+){0,3}(?:coffees|origins|beans|arabica|robusta)|"
                            r"\barabica\s+(?:and|&)\s+robusta\b|\bcomponents?\b", _W)


def _all_zero(src: SourceProduct) -> bool:
    prices = []
    for v in src.variants:
        try:
            prices.append(Decimal(str(v.price)) if v.price not in (None, "") else None)
        except Exception:  # unparseable price: not "zero"
            return False
    return bool(prices) and all(p is not None and p == 0 for p in prices)


# Regexes over the title and the description, with their required words (see patterns.Guarded):
# most titles contain none of them, and the substring tests cost far less than the scans.
_SUBSCRIPTION = Guarded(_SUBSCRIPTION_RE)
_GIFT_CARD = Guarded(_GIFT_CARD_RE)
_WHOLESALE = Guarded(_WHOLESALE_RE)
_HAMPER = Guarded(_HAMPER_RE)
_EVENT = Guarded(_EVENT_RE)
_WHITE_LABEL = Guarded(_WHITE_LABEL_RE)
_GREEN = Guarded(_GREEN_RE)
_SERVICE = Guarded(_SERVICE_RE)
_NEUTRALISE = Guarded(_NEUTRALISE_RE)
_EQUIPMENT_GUARDED = [(name, Guarded(pattern)) for name, pattern in _EQUIPMENT_RE]
_GRINDER_BRAND = Guarded(_GRINDER_BRAND_RE)
_GEAR_BRAND = Guarded(_GEAR_BRAND_RE)
_INSTANT = Guarded(_INSTANT_RE)
_BUNDLE = Guarded(_BUNDLE_RE)
_MERCH = Guarded(_MERCH_RE)
_CASCARA = Guarded(_CASCARA_RE)
_FOOD = Guarded(_FOOD_RE)
# One scan of a title tells which of all these regexes' words it holds.
_TITLE_GUARDS = GuardSet([_SUBSCRIPTION, _GIFT_CARD, _WHOLESALE, _HAMPER, _EVENT, _WHITE_LABEL, _GREEN, _SERVICE,
                          _NEUTRALISE,
                          *(g for _, g in _EQUIPMENT_GUARDED), _GRINDER_BRAND, _GEAR_BRAND, _INSTANT, _BUNDLE,
                          _MERCH, _CASCARA, _FOOD])


class _TypeFacts(NamedTuple):
    sub: bool
    gift_card: bool
    collateral: bool
    hamper: bool
    event: bool
    white_label: bool
    green: bool
    coffee: bool
    equipment: tuple[bool, ...]  # per _EQUIPMENT_RE entry
    type_equipment: bool
    instant: bool
    bundle: bool
    merch: bool
    non_coffee: bool
    decaf: bool
    blend: bool
    single: bool


@lru_cache(maxsize=1024)  # product_type + categories: a handful of strings per shop
def _type_facts(type_text: str) -> _TypeFacts:
    def has(pattern: re.Pattern) -> bool:
        return pattern.search(type_text) is not None
    return _TypeFacts(
        sub=has(_TYPE_SUB_RE), gift_card=has(_TYPE_GIFT_CARD_RE), collateral=has(_TYPE_COLLATERAL_RE),
        hamper=has(_TYPE_HAMPER_RE), event=has(_TYPE_EVENT_RE), white_label=has(_WHITE_LABEL_RE),
        green=has(_GREEN_RE), coffee=has(_COFFEE_TYPE_RE),
        equipment=tuple(has(pattern) for _, pattern in _EQUIPMENT_RE),
        type_equipment=has(_TYPE_EQUIPMENT_RE), instant=has(_TYPE_INSTANT_RE), bundle=has(_TYPE_BUNDLE_RE),
        merch=has(_TYPE_MERCH_RE), non_coffee=has(_NON_COFFEE_TYPE_RE), decaf=has(_DECAF_RE),
        blend=has(_BLEND_RE), single=has(_SINGLE_RE),
    )


@lru_cache(maxsize=1024)  # product_type + categories: a handful of strings per shop
def _type_skips(type_text: str) -> bool:
    """Whether the type text holds a word of some skip rule of classify (the title's aside)."""
    ty = _type_facts(type_text)
    return any((ty.sub, ty.gift_card, ty.collateral, ty.hamper, ty.event, ty.white_label, True in ty.equipment,
                ty.type_equipment, ty.instant, ty.green, ty.bundle, ty.merch, ty.non_coffee))


@lru_cache(maxsize=1024)  # option names: "Size", "Grind", "Frequency"... on every variant
def _option_facts(name: str) -> tuple[bool, bool, bool]:
    """(subscription option, event option, grind option), in every language ("Lieferintervall", "Mahlgrad")."""
    return (_SUB_OPTION_RE.search(name) is not None or lang.SUBSCRIPTION_OPTIONS.search(name) is not None,
            _EVENT_OPTION_RE.match(name) is not None,
            _GRIND_NAME_RE.search(name) is not None or lang.GRIND_OPTIONS.search(name) is not None)


@lru_cache(maxsize=1024)  # a shop's products share a few sets of option names
def _options_facts(names: frozenset[str]) -> tuple[bool, bool, bool]:
    """(a subscription option, every option an event's, a grind option) among a product's option names."""
    facts = [_option_facts(n) for n in names]
    return any(f[0] for f in facts), bool(facts) and all(f[1] for f in facts), any(f[2] for f in facts)


@lru_cache(maxsize=4096)
def _wholesale_tag(tag_lower: str) -> bool:
    return _WHOLESALE_TAG_RE.match(tag_lower) is not None


class _TitleFacts(NamedTuple):
    """What the title's words say, for each rule of classify (see there for the order)."""
    sub: bool
    gift_card: bool
    wholesale: bool
    hamper: bool
    event: bool
    white_label: bool
    green: bool
    equipment: tuple[bool, ...]  # per _EQUIPMENT_GUARDED entry, over the neutralised title
    grinder_brand: bool
    gear_brand: bool
    instant: bool
    bundle: bool
    merch: bool
    cascara: bool
    food: bool
    service: bool


@lru_cache(maxsize=8192)  # a title recurs across a shop (wholesale copies, sizes sold as products)
def _title_facts_shaped(title: str) -> _TitleFacts:
    return _title_facts(title, True)


@lru_cache(maxsize=8192)  # (one cache per shape: a title alone is the key, no tuple built per call)
def _title_facts_unshaped(title: str) -> _TitleFacts:
    return _title_facts(title, False)


def _title_facts(title: str, coffee_shaped: bool) -> _TitleFacts:
    # (the title's words are read by the vocabularies too: lang.word_set caches them)
    present = _TITLE_GUARDS.present_in_words(lang.word_set(title)) if folds_as_lower(title) else \
        _TITLE_GUARDS.present(fold(title))
    if not present:
        return _NO_TITLE_FACTS  # (most coffees' titles: none of the rules' words, so no rule matches)

    def has(guard: Guarded) -> bool:  # (guard.search_among: every title rule has words)
        return not guard.word_set.isdisjoint(present) and guard.regex.search(title) is not None

    # Gear and merch words in a title only count for products that are not shaped like a coffee
    # (a grind option, or a coffee product type): "French Press Blend" with grinds is coffee.
    if coffee_shaped:
        equipment, grinder_brand, gear_brand = _NO_TITLE_FACTS.equipment, False, False
        merch = food = service = False
    else:
        if has(_NEUTRALISE):
            title_n = _NEUTRALISE_RE.sub(" ", title)
            present_n = _TITLE_GUARDS.present(fold(title_n))
        else:
            title_n, present_n = title, present

        def neutral(guard: Guarded) -> bool:
            return not guard.word_set.isdisjoint(present_n) and guard.regex.search(title_n) is not None

        # A coffee's title may name the machine it is for: "Mélange Moka – pour cafetière italienne",
        # "Mokka-Mischung für die Bialetti", "Koffie voor de french press" (a blend or coffee word before
        # the gear word, and "pour", "für", "voor", "for"... right before it).
        def gear(guard: Guarded) -> bool:
            if guard.word_set.isdisjoint(present_n):
                return False
            m = guard.regex.search(title_n)
            if m is None:
                return False
            if not lang.for_purpose(title_n, m):
                return True
            before = title_n[:m.start()]
            if _BLEND_RE.search(before) or lang.BLEND.search(before):
                return False
            # the coffee word right before "für" ("Coffee Filters for V60" is gear)
            coffee = lang.COFFEE.find(before)
            return not (coffee and lang.opens_with_purpose(before[coffee[-1][0].end():]))

        equipment = tuple([gear(pattern) and not _named_for_brewer(pattern.regex, title)
                           for _, pattern in _EQUIPMENT_GUARDED])
        grinder_brand = bool(title_n) and gear(_GRINDER_BRAND)
        gear_brand = bool(title_n) and gear(_GEAR_BRAND)
        merch = neutral(_MERCH)
        food = neutral(_FOOD) and _food_is_the_goods(title_n)
        service = has(_SERVICE) and not has(_NEUTRALISE)  # ("Relief Fund Blend" is a coffee)
    facts = _TitleFacts(has(_SUBSCRIPTION), has(_GIFT_CARD), has(_WHOLESALE), has(_HAMPER), has(_EVENT),
                        has(_WHITE_LABEL), has(_GREEN), equipment, grinder_brand, gear_brand, has(_INSTANT),
                        has(_BUNDLE), merch,
                        has(_CASCARA), food, service)
    # One shared instance per combination (a few dozen): the cache then holds no object of its own per title
    # for the garbage collector to traverse (a NamedTuple, unlike a plain tuple, is never untracked).
    return _SHARED_FACTS.setdefault(facts, facts)


_SHARED_FACTS: dict = {}


def _named_for_brewer(regex: re.Pattern, title: str) -> bool:
    """A roast named for its brewer ("French Press Roast", "Chemex Blend"): the equipment word names no gear."""
    return all(_NAMED_FOR_BREWER_RE.match(title, m.end()) for m in regex.finditer(title))


def _food_is_the_goods(title: str) -> bool:
    """An English title names its goods last: "Coffee Chocolate Bar", "Coffee Syrup" are food; "Chai Spice
    Coffee" is a coffee (a food word before the last "coffee" describes it)."""
    coffee = None
    for coffee in _COFFEE_WORD_RE.finditer(title):
        pass
    if coffee is None:
        return True
    return any(m.start() > coffee.start() for m in _FOOD_RE.finditer(title))


assert all(g.words is not None for g in _TITLE_GUARDS.guards), "a title rule without words would match on its own"
_NO_TITLE_FACTS = _TitleFacts(False, False, False, False, False, False, False, (False,) * len(_EQUIPMENT_GUARDED),
                              False, False, False, False, False, False, False, False)
_SHARED_FACTS[_NO_TITLE_FACTS] = _NO_TITLE_FACTS  # (a title whose words match no rule shares it: classify's fast path)


# A book's formats, sold as its options ("The Coffee Roaster's Companion": Hardcover).
_BOOK_FORMATS = frozenset({"hardcover", "hardback", "paperback", "softcover", "e-book", "ebook"})


def _book_format(src: SourceProduct) -> bool:
    # (the first variant's options only: a book sells every format as a variant)
    return bool(src.variants) and any(value.strip().lower() in _BOOK_FORMATS
                                      for _name, value in src.variants[0].options or ())


def _wholesale_tags_possible(joined: str) -> bool:
    """Whether a tag may be a wholesale tier (_WHOLESALE_TAG_RE): one substring test over all tags (``joined``,
    lower case)."""
    folded = joined if joined.isascii() else fold(joined)  # (fold() caches descriptions)
    return "wholesale" in folded or "tier" in folded or "b2b" in folded


def _lower_tags(tags: list[str]) -> list[str]:
    return [t.strip().lower() for t in tags]


def classify(src: SourceProduct, title: str, type_text: str) -> str | None:
    """None when the product is a coffee, else a short readable skip reason."""
    # The tags in lower case, one string: the tag rules below look for a whole tag only where it occurs in
    # there (most products: none), and build the per-tag list then.
    joined = "\n".join(src.tags).lower()
    vendor = (src.vendor or "").strip().lower()
    option_names = frozenset({n.strip() for v in src.variants for n, _ in v.options})

    if "hidden" in joined and "hidden" in _lower_tags(src.tags):
        return "hidden product"
    ty = _type_facts(type_text)
    sub_option, event_options, grind_option = _options_facts(option_names)
    coffee_shaped = ty.coffee or grind_option
    tf = _title_facts_shaped(title) if coffee_shaped else _title_facts_unshaped(title)
    # Whether a title or type word of some rule occurs: most products' titles and types hold none, and then
    # only the vendor, the tags and the options are read (the rules keep their order either way).
    loud = tf is not _NO_TITLE_FACTS or _type_skips(type_text)
    if sub_option or loud and (tf.sub or ty.sub):
        return "subscription"
    if loud and (tf.gift_card or ty.gift_card):
        return "gift card"
    if loud and ty.collateral:
        return "zero-priced collateral" if _all_zero(src) else "merch"
    if vendor == "wholesale" or "wholesale" in vendor.split() or (loud and tf.wholesale) or (
            "wholesale" in joined and "wholesale" in _lower_tags(src.tags) and not (src.product_type or "").strip()) or (
            _wholesale_tags_possible(joined) and any(_wholesale_tag(t) for t in _lower_tags(src.tags))):
        return "wholesale duplicate"
    if loud and (tf.hamper or ty.hamper):
        return "gift hamper"
    if event_options or ("event" in joined and "event" in _lower_tags(src.tags)) or loud and (tf.event or ty.event):
        return "workshop/event"
    if loud:
        if tf.white_label or ty.white_label:
            return "white label"
        if True in tf.equipment or (True in ty.equipment and not ty.coffee):  # (a C scan; most products: neither)
            for (name, _pattern), in_title, in_type in zip(_EQUIPMENT_GUARDED, tf.equipment, ty.equipment):
                if in_title or (in_type and not ty.coffee):
                    return f"equipment: {name}"
        if tf.grinder_brand:
            return "equipment: grinder"
        if tf.gear_brand:
            return "equipment"
    if (loud and ty.type_equipment) or vendor in ("equipments", "equipment", "grinders", "gear"):
        return "equipment"
    if loud:
        if tf.instant or ty.instant:
            return "instant/sachet"
        if tf.green or ty.green:
            return "green coffee (unroasted)"
        if tf.bundle or ty.bundle:
            return "bundle/sampler"
    if (loud and (tf.merch or ty.merch)) or vendor in ("mugs", "merch", "merchandise", "apparel") or (
            not coffee_shaped and _book_format(src)):
        return "merch"
    if loud:
        if tf.service:
            return "not coffee: service"
        if tf.cascara or tf.food:
            return "not coffee: tea/food"
        if ty.non_coffee and not ty.coffee:
            return f"not coffee: {(src.product_type or type_text).strip().lower()}"
    return _foreign_goods(title, type_text, coffee_shaped or ty.coffee)


# A size by volume ("1 L", "500 ml", "12 fl oz"): a drink, never a bag of beans.
_VOLUME_RE = compile_stored(r"(?<![\w.])\d+(?:[.,]\d+)?\s*(?:ml|cl|l|lt|litres?|liters?|fl\.?\s*oz)\b", _W)
_COLD_BREW_RE = compile_stored(r"\bcold[\s-]*brew", _W)


@lru_cache(maxsize=1024)  # variant titles and option values recur ("12oz / Whole Bean"); str keys, bool values
def _is_volume(text: str) -> bool:
    return ("l" in text or "L" in text) and _VOLUME_RE.search(text) is not None


def drink(src: SourceProduct, title: str, type_text: str, lot_facts: bool) -> str | None:
    """"ready-to-drink" when the product is sold by volume, or is a cold brew (title, type or category) stating
    no lot facts (Baba's Beans' "Neat", category COLD BREW, "Our In-House brews ... with every sip"). A cold-brew
    blend states a roast or its origins. For products with no grind; the caller checks no bag size is stated."""
    # (the first variant speaks for all: a drink sells every size by volume. A variant's title joins its options;
    # WooCommerce simple products have options only.)
    first = src.variants[0] if src.variants else None
    if first is not None and (_is_volume(first.title) if first.title else
                              any(value and _is_volume(value) for _n, value in first.options or ())):
        return "ready-to-drink"
    if not lot_facts and (_cold_brew(title) or _cold_brew(type_text)):
        return "ready-to-drink"
    return None


def _cold_brew(text: str) -> bool:
    return "brew" in text.lower() and _COLD_BREW_RE.search(text) is not None


# Reasons for goods a coffee's own name may carry ("Espresso Tasse" is a mug; "Miscela per Moka" is
# not a moka pot only when it is shaped like a coffee).
_GEAR_REASONS = ("equipment", "merch")
_FOOD_REASON = "not coffee: tea/food"


def _foreign_goods(title: str, type_text: str, coffee_shaped: bool) -> str | None:
    """Goods named in any language (lang/<code>.py NON_COFFEE) in the title, or in the product type
    and categories when those name no coffee: "Kaffeemühle", "Geschenkgutschein", "ドリッパー", "머그컵"."""
    return (_title_goods_shaped(title) if coffee_shaped else _title_goods_unshaped(title)) or (
        _type_goods(type_text, coffee_shaped) if type_text else None)


@lru_cache(maxsize=8192)  # titles recur across a shop (the type text apart: a handful per shop)
def _title_goods_shaped(title: str) -> str | None:
    return _goods_in(title, False, True)


@lru_cache(maxsize=8192)  # (one cache per shape: a title alone is the key)
def _title_goods_unshaped(title: str) -> str | None:
    return _goods_in(title, False, False)


@lru_cache(maxsize=1024)  # product_type + categories: a handful of strings per shop
def _type_goods(type_text: str, coffee_shaped: bool) -> str | None:
    return _goods_in(type_text, True, coffee_shaped)


def _goods_in(text: str, is_type: bool, coffee_shaped: bool) -> str | None:
    if not text:
        return None
    for m, reason in lang.NON_COFFEE.find(text):
        if is_type and (_type_facts(text).coffee or lang.COFFEE.search(text)):
            return None
        if coffee_shaped and reason.startswith(_GEAR_REASONS):
            continue
        if reason.startswith("equipment") and (lang.for_purpose(text, m) or _NAMED_FOR_BREWER_RE.match(text, m.end())):
            continue  # "Brasil – Espresso für Siebträger": the machine it is for; "French Press Blend"
        # A country counts only before the food word: "Brasil – Schokolade & Nuss" is a coffee named for
        # its taste, "Chocolat noir 70 % Pérou" a chocolate bar.
        if reason == _FOOD_REASON and not _coffee_flavoured(text, m) and (
                lang.COFFEE.search(text) or _COFFEE_WORD_RE.search(text) or lang.BLEND.search(text)
                or countries_in_title(text[:m.start()])):
            continue  # "Kenia – Kaffee mit Schokoladennoten", "ミルクチョコレート ブレンド"
        return reason
    return None


# Where a coffee word makes the food word the thing sold: the coffee word joined right before it
# ("Kaffee-Schokolade", "コーヒーチョコレート", "커피 초콜릿", "咖啡利口酒"), the food after a linking word
# ("chocolat au café", "cioccolato fondente al caffè", "bombones de chocolate con café", "czekolada z kawą"),
# or the beans in it ("koffiebonen in chocolade"). "Kenia – Kaffee mit Schokoladennoten" and "Caffè al
# cioccolato" stay coffees named for their taste.
_FOOD_LINK_RE = compile_stored(
    r"(?:\s+\w+){0,2}[\s-]*(?:au|aux|à|avec|al|alla|con|col|de|del|do|da|com|ao|mit|med|met|z|ze|with)\s+", _W)
_COATED_RE = compile_stored(r"\s+(?:in|im|w|i)\s*$|[\s\-\u2010]*$", _W)


# After a food word that ends a title, a size at most: "咖啡巧克力 100g", but "咖啡豆 巧克力风味" (chocolate
# flavour) and "원두 초콜릿 향" are coffees with a tasting note.
_ONLY_SIZE_RE = compile_stored(r"(?:[\s\d.,x×*%()/\-–]|ml|cl|l|g|kg|gr|oz)*", _W)


def _coffee_flavoured(text: str, food) -> bool:
    coffee = lang.COFFEE.find(text)
    if not coffee:
        return False
    joined = _COATED_RE.search(text, 0, food.start())
    if any(h.end() == joined.start() for h, _ in coffee) and (
            not joined.group(0).isspace() or _ONLY_SIZE_RE.fullmatch(text, food.end()) is not None):
        return True
    link = _FOOD_LINK_RE.match(text, food.end())
    return link is not None and any(h.start() == link.end() for h, _ in coffee)


_DECAF = Guarded(_DECAF_RE)
_DECAF_TEXT = Guarded(_DECAF_TEXT_RE)


@lru_cache(maxsize=8192)
def _decaf_tag(tag: str) -> bool:
    return split_tag(tag)[0] in (None, "process", "type", "decaf", "caffeine") and _DECAF_RE.search(tag) is not None


@lru_cache(maxsize=4096)  # process lines recur across a shop ("Washed", "Natural")
def _decaf_label(value: str) -> bool:
    return _DECAF.search(value) is not None or _DECAF_WORDS.search_any((value,))


@lru_cache(maxsize=8192)  # titles recur across a shop
def _title_decaf(title: str) -> bool:
    return _DECAF.search(title) is not None or _DECAF_WORDS.search_any((title,))


@lru_cache(maxsize=1024)  # product_type + categories: a handful of strings per shop
def _type_decaf(type_text: str) -> bool:
    return _type_facts(type_text).decaf or _DECAF_WORDS.search_any((type_text,))


def is_decaf(title: str, tags: list[str], type_text: str, label_values: list[str], text: str) -> bool:
    """Decaf when the title, tags, type or a process line says so ("EA Decaf", "Swiss Water", "Entkoffeiniert")."""
    if _title_decaf(title) or _type_decaf(type_text):
        return True
    if label_values and any(_decaf_label(v) for v in label_values):
        return True
    if any(_decaf_tag(t) for t in tags):
        return True
    # Running text counts only when it says what this coffee is, not "try our decaf".
    return bool(_DECAF_TEXT.search(text))


_BLEND = Guarded(_BLEND_RE)
_SINGLE = Guarded(_SINGLE_RE)
_BLEND_TEXT = Guarded(_BLEND_TEXT_RE)


@lru_cache(maxsize=8192)  # titles recur across a shop
def _title_blend(title: str) -> tuple[bool, bool, bool]:
    """(blend word, single-origin words, another language's blend word) in the title."""
    folded = fold(title)
    return (_BLEND.search(title, folded) is not None, _SINGLE.search(title, folded) is not None,
            _BLEND_WORDS.search_any((title,)))


@lru_cache(maxsize=1024)  # product_type + categories: a handful of strings per shop
def _type_blend_words(type_text: str) -> bool:
    return _BLEND_WORDS.search_any((type_text,))


_BLEND_TAGS = frozenset({"blend", "blends", "espresso blend", "house blend"})


def blend_hint(title: str, type_text: str, tags: list[str], text: str, label_values: list[str]) -> bool:
    """A blend by its own words: "Blend" in title/type/categories/tags/labels, or the text says so."""
    in_title, single_title, foreign_title = _title_blend(title)
    if in_title:
        return not single_title
    ty = _type_facts(type_text)
    if ty.blend and not ty.single:
        return True
    if tags and "blend" in "\n".join(tags).lower():  # (every _BLEND_TAGS entry says "blend")
        for t in tags:
            if t.strip().lower() in _BLEND_TAGS:
                return True
    if label_values and any(_BLEND.search(v) for v in label_values):
        return True
    if ty.single or single_title:
        return False
    # "Mischung", "mélange", "miscela", "ブレンド", "블렌드", "拼配" in the title, type or a type line
    if foreign_title or _type_blend_words(type_text) or (label_values and _BLEND_WORDS.search_any(label_values)):
        return True
    return bool(_BLEND_TEXT.search(text)) or _blend_in_foreign_text(text)


def _blend_in_foreign_text(text: str) -> bool:
    """A blend stated in prose in another language: "unsere Espresso-Mischung", "notre assemblage"."""
    if lang.looks_english(text):
        return False  # English prose: _BLEND_TEXT_RE has read it
    if not lang.any_stem(text, _BLEND_NOUN_STEMS):
        return False  # (most texts: a few substring tests instead of splitting the text into words)
    for m, v in _BLEND_WORDS.find(text):
        # A blend of coffees names them or is the shop's own ("notre assemblage"); "un mélange de fruits
        # rouges et de chocolat", "eine Mischung aus Schokolade und Beeren" is a taste.
        if v in _BLEND_NOUNS and (_after_possessive(text, m.start()) or _names_coffee(
                lang.sentence_around(text, m.start(), m.end(), 60))):
            return True
    return False


_LAST_WORD_RE = compile_stored(r"(\w+)\W*$")


def _after_possessive(text: str, start: int) -> bool:
    last = _LAST_WORD_RE.search(text, max(0, start - 16), start)
    return last is not None and last.group(1).lower() in lang.OUR


def _names_coffee(window: str) -> bool:
    return bool(countries_in_text(window)) or lang.COFFEE.search(window) is not None


# Other languages' words only: "blend" and "decaf" are the English regexes' (and most English
# titles then hold no word of these vocabularies, which skips the walk over their words).
_BLEND_WORDS = lang.Vocabulary({w: v for w, v in lang.BLEND.values.items() if not _BLEND_RE.search(w)})
_DECAF_WORDS = lang.Vocabulary({w: v for w, v in lang.DECAF.values.items() if not _DECAF_RE.search(w)})
# Blend nouns that cannot be taste words in prose ("blend" itself is read by _BLEND_TEXT_RE).
_BLEND_NOUNS = frozenset({"mischung", "kaffeemischung", "espressomischung", "hausmischung", "mélange", "assemblage",
                          "mezcla", "miscela", "melange", "mengsel", "huismelange", "mistura", "mieszanka", "mieszankę",
                          "blandning", "kaffeblandning", "husblandning", "blanding", "kaffeblanding", "ブレンド",
                          "블렌드", "블랜드", "拼配", "配方豆", "意式拼配", "mélanges", "assemblages", "mezclas", "miscele",
                          "mieszanki", "husets blanding"})



# Every spelling _BLEND_WORDS may match a noun by: a text holding none of these states no blend noun.
_BLEND_NOUN_STEMS = lang.stems(k for k, v in _BLEND_WORDS.values.items() if v in _BLEND_NOUNS)
