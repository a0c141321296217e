"""What partners add to mailings' audiences: the contacts of partner organisations, by the
organisation's type, so that a mailing or a survey campaign can go to them. A contact has no
language of their own: they are written to in the site's language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kota.mailings.audiences import Recipient, audience_source
from kota.partners.models import OrganisationType, PartnerContact


class PartnerContactsForm(forms.Form):
    organisation_type = forms.MultipleChoiceField(
        label=_("Organisation types"),
        choices=OrganisationType.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for the contacts of every partner."),
        required=False,
    )
    primary_only = forms.BooleanField(
        label=_("Only each partner's primary contact"), required=False
    )


def contacts_of(criteria):
    """Partner contacts with an email address, of the organisation types in `criteria`
    (every type when none is given), primary contacts only if it says so."""
    contacts = PartnerContact.objects.exclude(email="")
    types = [t for t in criteria.get("organisation_type") or () if t]
    if types:
        contacts = contacts.filter(partner__organisation_type__in=types)
    if criteria.get("primary_only"):
        contacts = contacts.filter(is_primary=True)
    return contacts.order_by("partner__name", "pk")


@audience_source("partner_contacts", label=_("Contacts of partners"), form=PartnerContactsForm)
def partner_contacts(criteria):
    rows = contacts_of(criteria).values_list("email", "name")
    for email, name in rows.iterator(chunk_size=2000):
        yield Recipient(email, name, settings.LANGUAGE_CODE, None)
