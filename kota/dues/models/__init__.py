from kota.dues.models.invoices import Dues, Invoice, InvoiceSequence
from kota.dues.models.ledger import Adjustment, Payment, Reminder
from kota.dues.models.schedule import FeeOverride, FeeRate, FeeSchedule, Tier, TierRule

__all__ = [
    "Adjustment",
    "Dues",
    "FeeOverride",
    "FeeRate",
    "FeeSchedule",
    "Invoice",
    "InvoiceSequence",
    "Payment",
    "Reminder",
    "Tier",
    "TierRule",
]
