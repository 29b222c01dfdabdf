"""ShopCRM core: customers, rules, letters and import/export, without any Qt."""

__version__ = "0.1.0"
