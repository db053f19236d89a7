"""The project's recognizers and the explicit registry of every recognizer a config may name.

No subclass scanning: a recognizer exists for the analyzer only if it is listed here.
``PROJECT_RECOGNIZERS`` are ours (one class per file in this package); ``PRESIDIO_RECOGNIZERS``
are the Presidio built-ins that ``conf/analyzer.yaml`` may enable by name.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    AuTfnRecognizer,
    CaSinRecognizer,
    CreditCardRecognizer,
    CryptoRecognizer,
    DateRecognizer,
    EmailRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    IbanRecognizer,
    InAadhaarRecognizer,
    InPanRecognizer,
    IpRecognizer,
    ItFiscalCodeRecognizer,
    MacAddressRecognizer,
    MedicalLicenseRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SgFinRecognizer,
    UkNinoRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from privacy.recognizers.any_case_iban_recognizer import AnyCaseIbanRecognizer
from privacy.recognizers.card_number_recognizer import CardNumberRecognizer
from privacy.recognizers.command_line_secret_recognizer import (
    CommandLineSecretRecognizer,
)
from privacy.recognizers.config_secret_recognizer import ConfigSecretRecognizer
from privacy.recognizers.cued_key_recognizer import CuedKeyRecognizer
from privacy.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from privacy.recognizers.descriptive_place_recognizer import DescriptivePlaceRecognizer
from privacy.recognizers.email_recognizer import FastEmailRecognizer
from privacy.recognizers.entropy_secret_recognizer import EntropySecretRecognizer
from privacy.recognizers.field_label_recognizer import FieldLabelRecognizer
from privacy.recognizers.id_number_recognizer import IdNumberRecognizer
from privacy.recognizers.lowercase_name_recognizer import LowercaseNameRecognizer
from privacy.recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from privacy.recognizers.name_pair_recognizer import NamePairRecognizer
from privacy.recognizers.national_id_recognizer import NationalIdRecognizer
from privacy.recognizers.native_script_name_recognizer import NativeScriptNameRecognizer
from privacy.recognizers.ner_name_recognizer import NerNameRecognizer
from privacy.recognizers.passphrase_recognizer import PassphraseRecognizer
from privacy.recognizers.password_cue_recognizer import PasswordCueRecognizer
from privacy.recognizers.person_cue_recognizer import PersonCueRecognizer
from privacy.recognizers.personal_url_recognizer import PersonalUrlRecognizer
from privacy.recognizers.phone_recognizer import ExtraPhoneRecognizer
from privacy.recognizers.pin_code_recognizer import PinCodeRecognizer
from privacy.recognizers.provider_key_recognizer import ProviderKeyRecognizer
from privacy.recognizers.street_address_recognizer import StreetAddressRecognizer
from privacy.recognizers.username_recognizer import UsernameRecognizer
from privacy.recognizers.web_credential_recognizer import WebCredentialRecognizer
from privacy.recognizers.written_login_recognizer import WrittenLoginRecognizer

PROJECT_RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    cls.__name__: cls
    for cls in (
        NerNameRecognizer,
        FieldLabelRecognizer,
        AnyCaseIbanRecognizer,
        ProviderKeyRecognizer,
        PasswordCueRecognizer,
        ConfigSecretRecognizer,
        CommandLineSecretRecognizer,
        WebCredentialRecognizer,
        WrittenLoginRecognizer,
        PinCodeRecognizer,
        CuedKeyRecognizer,
        PassphraseRecognizer,
        EntropySecretRecognizer,
        CardNumberRecognizer,
        UsernameRecognizer,
        StreetAddressRecognizer,
        DescriptivePlaceRecognizer,
        DateOfBirthRecognizer,
        IdNumberRecognizer,
        PersonCueRecognizer,
        NameGazetteerRecognizer,
        NamePairRecognizer,
        LowercaseNameRecognizer,
        NativeScriptNameRecognizer,
        NationalIdRecognizer,
        ExtraPhoneRecognizer,
        PersonalUrlRecognizer,
        FastEmailRecognizer,
    )
}
"""Our recognizers by class name; each takes ``timeout=`` (seconds per regex per text)."""

SECRET_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = tuple(
    cls for cls in PROJECT_RECOGNIZERS.values() if getattr(cls, "ENTITY", "") == "SECRET")
"""Every recognizer of SECRET: the credential families and the entropy scan."""

PRESIDIO_RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    cls.__name__: cls
    for cls in (
        CreditCardRecognizer,
        CryptoRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        MacAddressRecognizer,
        PhoneRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
        UsItinRecognizer,
        UsPassportRecognizer,
        UsBankRecognizer,
        UsLicenseRecognizer,
        MedicalLicenseRecognizer,
        NhsRecognizer,
        UkNinoRecognizer,
        InAadhaarRecognizer,
        InPanRecognizer,
        EsNifRecognizer,
        EsNieRecognizer,
        ItFiscalCodeRecognizer,
        AuTfnRecognizer,
        CaSinRecognizer,
        SgFinRecognizer,
    )
}
"""Presidio built-ins a config may enable by class name (built with their defaults). Plain
``SpacyRecognizer`` is not one: its entities reach the analyzer through ``NerNameRecognizer``."""

NEEDS_DIGIT: frozenset[str] = frozenset({
    "CreditCardRecognizer", "CryptoRecognizer", "IbanRecognizer", "AnyCaseIbanRecognizer", "PhoneRecognizer", "UsSsnRecognizer",
    "UsItinRecognizer", "UsPassportRecognizer", "UsBankRecognizer", "UsLicenseRecognizer", "MedicalLicenseRecognizer",
    "NhsRecognizer", "UkNinoRecognizer", "InAadhaarRecognizer", "InPanRecognizer", "EsNifRecognizer", "EsNieRecognizer",
    "AuTfnRecognizer", "CaSinRecognizer", "SgFinRecognizer",
    "CardNumberRecognizer", "EntropySecretRecognizer", "PinCodeRecognizer", "DateOfBirthRecognizer", "IdNumberRecognizer", "ExtraPhoneRecognizer", "NationalIdRecognizer",
})
"""Recognizers that cannot match a text without a digit (every pattern or check needs one).

Most chat messages hold no digit, so the redactor skips these on such messages (about a third of
the pattern time). ``tests/privacy/recognizers/test_registry.py`` checks the claim on real text
with its digits removed. IP, MAC, date and Italian fiscal code recognizers are not listed:
"fe80::abcd", "aa:bb:cc:...", "March" and fiscal codes with letter-substituted digits need none."""

NEEDS_DIGIT_OR_COLON: frozenset[str] = frozenset({"IpRecognizer"})
"""Recognizers that cannot match a text with neither a digit nor a colon (IPv4 needs digits, IPv6 colons)."""

NEEDS_LONG_TOKEN: frozenset[str] = frozenset({"ItFiscalCodeRecognizer"})
"""Recognizers that cannot match a text without 16 letters or digits in a row (an Italian fiscal code,
whose digits may be letter-substituted, so it is not in NEEDS_DIGIT)."""

__all__ = ["NEEDS_DIGIT", "NEEDS_DIGIT_OR_COLON", "NEEDS_LONG_TOKEN", "PRESIDIO_RECOGNIZERS", "PROJECT_RECOGNIZERS", "SECRET_RECOGNIZERS", *PROJECT_RECOGNIZERS]
