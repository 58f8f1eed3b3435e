"""The demo estate's data: the pools people are drawn from, the systems' schemas and indexes,
and the hard cases a DPO meets (see ``estate``)."""

from __future__ import annotations

CATALOGUE_NAME = "catalogue.yaml"
FILES = (
    "crm.sqlite",
    "billing.sqlite",
    "portal.sqlite",
    "newsletter.csv",
    "satisfaction.xlsx",
    "support.mbox",
)
MIN_PERSONS = 20  # room for the hard cases among ordinary customers
BATCH = 10_000
FIRST_CUSTOMER = 10_001  # CL00010001
FIRST_CONTRACT = 20_001
HISTORY_DAYS = 12 * 365
SUPPORT = "support@oklima.example"
SUPPORT_NAME = "Service client OKLIMA"
# Reserved top-level domain (RFC 2606): no address of the estate can reach anyone.
DOMAINS = (
    "orange.example",
    "free.example",
    "gmail.example",
    "laposte.example",
    "sfr.example",
    "wanadoo.example",
    "outlook.example",
)
DOMAIN_WEIGHTS = (24, 18, 26, 9, 8, 8, 7)
# Allocated mobile ranges (phonenumbers accepts them); 06 39 and 07 0x–07 2x are not.
MOBILE_PREFIXES = tuple(
    [f"06{n:02d}" for n in range(10, 90) if n != 39] + [f"07{n:02d}" for n in range(50, 90)]
)
OFFERS = {"ESSENTIEL": 159.0, "CONFORT": 219.0, "PAC": 289.0, "SOLAIRE": 249.0}
OFFER_WEIGHTS = (40, 35, 15, 10)
# Fictional banks: plausible French IBANs and BICs that no real bank issues.
BANKS = (
    ("99901", "DEMOFRPPXXX"),
    ("99902", "EXMPFRPPLYO"),
    ("99903", "FICTFR2AXXX"),
    ("99904", "SYNTFRPPBDX"),
)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
)
INTERACTIONS = {
    "REC": (
        "Réclamation : le technicien ne s’est pas présenté au rendez-vous d’entretien.",
        "Réclamation sur le montant de la facture annuelle, jugé trop élevé.",
        "Réclamation : panne de chaudière non résolue après l’intervention.",
        "Réclamation : délai d’attente trop long au téléphone.",
    ),
    "APP": (
        "Appel pour décaler la visite d’entretien annuelle.",
        "Demande de rappel pour un devis de pompe à chaleur.",
        "Appel au sujet d’un bruit anormal de la chaudière.",
    ),
    "DEM": (
        "Demande d’attestation d’entretien pour l’assurance habitation.",
        "Demande de changement de coordonnées bancaires.",
        "Demande de duplicata de facture.",
    ),
}
CHANNELS = ("TEL", "MAIL", "COUR", "AGENCE")
CHANNEL_WEIGHTS = (55, 30, 10, 5)
CONSENT_SOURCES = ("WEB", "EC", "SALON", "PART")
SURVEY_COMMENTS = (
    "",
    "",
    "Technicien ponctuel et aimable.",
    "Intervention rapide, merci.",
    "Trop cher pour ce que c’est.",
    "Rendez-vous décalé deux fois, c’est pénible.",
    "Très satisfait du dépannage un dimanche.",
    "Explications claires sur l’entretien de la pompe à chaleur.",
    "Personne ne répond au téléphone.",
)
MAIL_TOPICS = (
    (
        "Réclamation sur ma facture",
        "Je conteste le montant de ma dernière facture, qui a augmenté sans explication.",
    ),
    (
        "Rendez-vous d’entretien manqué",
        "Le technicien n’est pas venu au rendez-vous prévu pour l’entretien de ma chaudière.\n"
        "Merci de me proposer une nouvelle date.",
    ),
    ("Panne de chauffage", "Ma chaudière est en panne depuis hier soir, pouvez-vous intervenir ?"),
    (
        "Changement de coordonnées bancaires",
        "Je change de banque : merci de m’indiquer la marche à suivre pour le prélèvement.",
    ),
    (
        "Attestation d’entretien",
        "Mon assureur me demande l’attestation d’entretien de cette année.",
    ),
    ("Résiliation", "Je vends ma maison et souhaite résilier mon contrat d’entretien."),
)
PHONE_FORMS = ("spaces", "compact", "intl", "e164", "dots", "dashes")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

HARD_CASE_DESCRIPTIONS = {
    "email_in_capitals": "E-mail en minuscules au CRM, en capitales comme identifiant du portail.",
    "phone_formats": "Un téléphone écrit autrement au CRM, dans l’enquête et dans un e-mail.",
    "accented_name": "« Hélène Lefèvre » au CRM, « Helene Lefevre » dans l’enquête.",
    "homonyms": "Deux clients de mêmes nom et prénom (codes postaux et e-mails différents).",
    "shared_family_email": "Deux clients d’une même famille partagent un e-mail.",
    "retention_expired": "Ancien client dont le contrat a pris fin il y a plus de cinq ans.",
    "prospect_newsletter_only": "Prospect connu de la seule liste d’abonnés à la newsletter.",
    "mentioned_in_other_mail": "Client cité (n° client et e-mail) dans l’e-mail d’un autre client.",
    "customer_no_lower_case": "N° client écrit en minuscules dans un mandat de prélèvement.",
}


SCHEMAS = {
    "crm": (
        "CREATE TABLE customers (customer_no TEXT PRIMARY KEY, civility TEXT NOT NULL, "
        "first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, phone TEXT, "
        "address TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, "
        "status TEXT NOT NULL, contract_start DATE NOT NULL, contract_end DATE, "
        "created_at DATETIME NOT NULL, "
        # Marks written when a right is carried out (restriction, objection to marketing).
        "restricted INTEGER NOT NULL DEFAULT 0, marketing_optout INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE contracts (contract_no TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "offer TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE)",
        "CREATE TABLE interactions (id INTEGER PRIMARY KEY, customer_no TEXT NOT NULL, "
        "date DATE NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL)",
    ),
    "billing": (
        "CREATE TABLE invoices (invoice_no TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "contract_no TEXT NOT NULL, issued_on DATE NOT NULL, amount REAL NOT NULL, "
        "status TEXT NOT NULL)",
        "CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, invoice_no TEXT NOT NULL, "
        "paid_on DATE NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL)",
        "CREATE TABLE bank_accounts (mandate_ref TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "iban TEXT NOT NULL, bic TEXT NOT NULL, holder TEXT NOT NULL, signed_on DATE NOT NULL)",
    ),
    "portal": (
        "CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, login TEXT NOT NULL, "
        "customer_no TEXT NOT NULL, password_hash TEXT NOT NULL, created_at DATETIME NOT NULL, "
        "last_login DATETIME, restricted INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE login_history (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, "
        "at DATETIME NOT NULL, ip TEXT NOT NULL, user_agent TEXT NOT NULL)",
    ),
}

# The SQL connector searches e-mails with lower(col) IN (…), names folded (« folded » below:
# its own expression), customer and contract numbers with upper(col) IN (…), phones,
# postcodes and other keys with col IN (…): each index below is the expression it searches
# with, so that SQLite uses it.
INDEXES = {
    "crm": (
        ("customers", "upper(customer_no)"),
        ("customers", "lower(email)"),
        ("customers", "phone"),
        ("customers", "postcode"),
        ("customers", "folded(last_name)"),
        ("customers", "folded(first_name)"),
        ("contracts", "upper(contract_no)"),
        ("contracts", "upper(customer_no)"),
        ("interactions", "upper(customer_no)"),
    ),
    "billing": (
        ("invoices", "upper(customer_no)"),
        ("invoices", "upper(contract_no)"),
        ("payments", "invoice_no"),
        ("bank_accounts", "upper(customer_no)"),
        ("bank_accounts", "folded(holder)"),
    ),
    "portal": (
        ("accounts", "lower(login)"),
        ("accounts", "upper(customer_no)"),
        ("login_history", "account_id"),
    ),
}
