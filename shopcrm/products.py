"""The shop's product list: what the counter offers with completion, each with its usual price.

A product is never deleted (past sales name it): it is set inactive and leaves the counter's list.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopcrm import audit
from shopcrm.amounts import MAX_AMOUNT
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Product


@dataclass(frozen=True)
class ProductInfo:
    """One product of the shop's list."""

    id: int
    name: str
    unit_price: int
    active: bool


def _info(product: Product) -> ProductInfo:
    return ProductInfo(int(product.id), product.name, int(product.unit_price), bool(product.active))


def list_products(active_only: bool = True) -> list[ProductInfo]:
    """The shop's products by name (only those still sold, unless `active_only` is False)."""
    query = Product.select().order_by(Product.name, Product.id)
    if active_only:
        query = query.where(Product.active == True)  # noqa: E712 (peewee expression)
    return [_info(product) for product in query]


def _checked_name(name: str, product_id: int | None) -> str:
    clean = clean_text(name)
    if not clean:
        raise ValidationError("product_name_required")
    same = Product.select(Product.id).where(Product.name == clean)
    if product_id is not None:
        same = same.where(Product.id != product_id)
    if same.exists():
        raise ValidationError("product_name_taken", value=clean)
    return clean


def _checked_price(unit_price: int) -> int:
    if unit_price < 0:
        raise ValidationError("negative_amount", value=unit_price)
    if unit_price > MAX_AMOUNT:
        raise ValidationError("amount_too_large", value=unit_price, limit=MAX_AMOUNT)
    return int(unit_price)


def add_product(name: str, unit_price: int, *, actor: str | None = None) -> int:
    """Add a product to the shop's list; returns its id.

    Raises:
        ValidationError: ``product_name_required``, ``product_name_taken`` (another product has
            that name), ``negative_amount``, ``amount_too_large`` (over ₩100,000,000).
    """
    with database_proxy.atomic():
        clean = _checked_name(name, None)
        price = _checked_price(unit_price)
        product = Product.create(name=clean, unit_price=price)
        audit.record_change(
            "create",
            "product",
            product.id,
            changes={"name": clean, "unit_price": price},
            actor=actor,
        )
    return int(product.id)


def update_product(
    product_id: int,
    *,
    name: str | None = None,
    unit_price: int | None = None,
    active: bool | None = None,
    actor: str | None = None,
) -> ProductInfo:
    """Rename a product, change its price, or take it off (or back on) the counter's list.

    Only the values given change. Past sales keep the name and price they were sold with.

    Returns:
        The product as stored now.

    Raises:
        NotFound: ``product_not_found``.
        ValidationError: as `add_product`.
    """
    with database_proxy.atomic():
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound("product_not_found", product_id=product_id)
        before = _info(product)
        if name is not None:
            product.name = _checked_name(name, product_id)
        if unit_price is not None:
            product.unit_price = _checked_price(unit_price)
        if active is not None:
            product.active = bool(active)
        after = _info(product)
        changes = {
            field: [getattr(before, field), getattr(after, field)]
            for field in ("name", "unit_price", "active")
            if getattr(before, field) != getattr(after, field)
        }
        if changes:
            product.save()
            audit.record_change("update", "product", product_id, changes=changes, actor=actor)
    return after
