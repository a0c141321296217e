from decimal import Decimal


def percent(part, whole, places=2):
    """`part` as a percentage of `whole`, rounded to `places` decimals; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1).scaleb(-places))
