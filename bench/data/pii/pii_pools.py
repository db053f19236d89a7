"""Word pools for the PII benchmark builder, split into disjoint dev and test halves.

Every name, street and handle stem here was chosen by this project; none is copied from a
dataset. Each pool is a pair ``(dev, test)`` with no value in both halves, so tuning a
redactor on dev cannot memorise a test value. ``check_disjoint`` enforces that at build time.
"""

from __future__ import annotations

# (culture, first names, last names). Within a culture, items at even positions go to dev and
# odd positions to test (see split_pair), so both splits cover every culture.
CULTURES: list[tuple[str, list[str], list[str]]] = [
    ("english", ["Oliver", "Harriet", "Gareth", "Imogen"], ["Whitfield", "Ashby", "Pemberton", "Holloway"]),
    ("irish", ["Siobhan", "Cillian", "Aoife", "Padraig"], ["Ni Bhriain", "O'Sullivan", "Mac Giolla", "Donnelly"]),
    ("scottish", ["Eilidh", "Callum", "Morag", "Fraser"], ["MacLeod", "Buchanan", "Urquhart", "Drummond"]),
    ("yoruba", ["Oluwaseun", "Adebayo", "Folasade", "Temitope"], ["Adeyemi", "Ogunleye", "Balogun", "Afolabi"]),
    ("igbo", ["Chiamaka", "Emeka", "Ngozi", "Obinna"], ["Okonkwo", "Eze", "Nwachukwu", "Okafor"]),
    ("akan", ["Kwame", "Abena", "Kofi", "Akosua"], ["Mensah", "Boateng", "Asante", "Owusu"]),
    ("kenyan", ["Wanjiru", "Otieno", "Akinyi", "Kipchoge"], ["Kamau", "Odhiambo", "Wafula", "Chebet"]),
    ("ethiopian", ["Tigist", "Dawit", "Selam", "Yohannes"], ["Bekele", "Tesfaye", "Haile", "Gebremariam"]),
    ("hindi", ["Priya", "Arjun", "Ananya", "Rohit"], ["Sharma", "Verma", "Agarwal", "Malhotra"]),
    ("tamil", ["Kavitha", "Venkatesh", "Meenakshi", "Karthik"], ["Subramanian", "Ramasamy", "Krishnan", "Natarajan"]),
    ("bengali", ["Anindita", "Sourav", "Tanushree", "Arnab"], ["Chatterjee", "Banerjee", "Mukherjee", "Bhattacharya"]),
    ("pakistani", ["Ayesha", "Bilal", "Hira", "Usman"], ["Qureshi", "Siddiqui", "Chaudhry", "Butt"]),
    ("chinese", ["Wei", "Xiaoling", "Jian", "Mei"], ["Zhang", "Liu", "Huang", "Zhou"]),
    ("japanese", ["Haruto", "Yui", "Sota", "Aoi"], ["Takahashi", "Watanabe", "Yamamoto", "Kobayashi"]),
    ("korean", ["Minjun", "Seoyeon", "Jiho", "Haeun"], ["Kim", "Jeong", "Choi", "Yoon"]),
    ("vietnamese", ["Linh", "Quang", "Thao", "Duc"], ["Nguyen", "Tran", "Pham", "Hoang"]),
    ("filipino", ["Maricel", "Jomar", "Rowena", "Arnel"], ["Dela Cruz", "Santos", "Bautista", "Villanueva"]),
    ("indonesian", ["Sri", "Budi", "Wulan", "Agus"], ["Wijaya", "Susanto", "Hidayat", "Kurniawan"]),
    ("thai", ["Somchai", "Ploy", "Niran", "Kanya"], ["Srisuk", "Chaiyaporn", "Wongsakul", "Rattanakorn"]),
    ("arabic", ["Youssef", "Layla", "Khalid", "Noor"], ["Al-Hashimi", "Haddad", "Mansour", "El-Sayed"]),
    ("persian", ["Dariush", "Shirin", "Kaveh", "Parisa"], ["Tehrani", "Moradi", "Rahimi", "Karimi"]),
    ("turkish", ["Emre", "Elif", "Burak", "Zeynep"], ["Yilmaz", "Demir", "Ozturk", "Aydin"]),
    ("hebrew", ["Noa", "Itai", "Tamar", "Yonatan"], ["Ben-David", "Mizrahi", "Peretz", "Friedman"]),
    ("russian", ["Aleksandr", "Yekaterina", "Dmitri", "Svetlana"], ["Volkov", "Smirnova", "Kuznetsov", "Morozova"]),
    ("ukrainian", ["Oksana", "Taras", "Olena", "Bohdan"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk"]),
    ("polish", ["Katarzyna", "Tomasz", "Agnieszka", "Grzegorz"], ["Nowak", "Kowalczyk", "Wisniewski", "Zielinska"]),
    ("german", ["Johannes", "Annika", "Matthias", "Friederike"], ["Schneider", "Hoffmann", "Becker", "Kessler"]),
    ("dutch", ["Joost", "Femke", "Sander", "Lotte"], ["de Vries", "van Dijk", "Jansen", "Visser"]),
    ("french", ["Amelie", "Guillaume", "Margaux", "Thibault"], ["Lefebvre", "Moreau", "Girard", "Fontaine"]),
    ("spanish", ["Guadalupe", "Alejandro", "Inmaculada", "Sergio"], ["Fernandez", "Ruiz", "Navarro", "Iglesias"]),
    ("brazilian", ["Thiago", "Juliana", "Rafael", "Larissa"], ["Oliveira", "Carvalho", "Pereira", "Rodrigues"]),
    ("mexican", ["Ximena", "Joaquin", "Citlali", "Mateo"], ["Hernandez", "Castillo", "Morales", "Gutierrez"]),
    ("italian", ["Francesco", "Chiara", "Lorenzo", "Giulia"], ["Esposito", "Ricci", "Marchetti", "Colombo"]),
    ("greek", ["Dimitrios", "Eleni", "Nikos", "Katerina"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Pappas"]),
    ("nordic", ["Sigrid", "Lars", "Astrid", "Magnus"], ["Lindqvist", "Johansen", "Haugen", "Bergstrom"]),
    ("finnish", ["Aino", "Juhani", "Kaisa", "Eero"], ["Virtanen", "Korhonen", "Makinen", "Heikkinen"]),
    ("hungarian", ["Zsofia", "Bence", "Reka", "Levente"], ["Nagy", "Horvath", "Szabo", "Farkas"]),
    ("maori", ["Aroha", "Tane", "Mereana", "Wiremu"], ["Ngata", "Parata", "Tawhiri", "Walker"]),
    ("american", ["Brittany", "Tyler", "Courtney", "Dustin"], ["Henderson", "Brooks", "Sullivan", "Patterson"]),
    ("accented", ["Zoë", "José", "Søren", "Mónica"], ["Müller", "Gonçalves", "Ødegaard", "Núñez"]),
]

# Names written in their own scripts (first, last); spaCy's English model rarely sees these.
NATIVE_SCRIPT: tuple[list[tuple[str, str]], list[tuple[str, str]]] = (
    [("伟", "王"), ("Дмитрий", "Соколов"), ("민준", "박"), ("さくら", "佐藤")],
    [("芳", "李"), ("Анна", "Петрова"), ("지민", "이"), ("ひなた", "鈴木")],
)

# First name -> nickname. Only names present in CULTURES; the builder checks that.
NICKNAMES: dict[str, str] = {
    "Oliver": "Ollie", "Harriet": "Hattie", "Gareth": "Gaz", "Imogen": "Immy", "Oluwaseun": "Seun",
    "Temitope": "Tope", "Folasade": "Sade", "Venkatesh": "Venky", "Aleksandr": "Sasha",
    "Yekaterina": "Katya", "Dmitri": "Dima", "Svetlana": "Sveta", "Katarzyna": "Kasia",
    "Grzegorz": "Grzesiek", "Johannes": "Hannes", "Friederike": "Frieda", "Guadalupe": "Lupe",
    "Alejandro": "Alejo", "Inmaculada": "Inma", "Francesco": "Checco", "Dimitrios": "Mitsos",
    "Yonatan": "Yoni", "Brittany": "Britt", "Tomasz": "Tomek", "Juhani": "Jussi",
    "Rafael": "Rafa", "Guillaume": "Guille", "Callum": "Cal", "Padraig": "Paddy", "Matthias": "Matze",
    "Thiago": "Thiaguinho", "Mateo": "Teo", "Anindita": "Ani", "Itai": "Tai",
    "Kipchoge": "Kip", "Obinna": "Obi", "Chiamaka": "Amaka", "Lorenzo": "Enzo", "Ximena": "Xime",
}

STREETS = (
    ["Elm", "Wexford", "Larkspur", "Hawthorn", "Cedar Ridge", "Marlowe", "Quarry", "Bramble", "Juniper",
     "Fairhaven", "Kestrel", "Ashgrove", "Tamarind", "Linden", "Beacon Hill", "Millbrook"],
    ["Birchwood", "Sycamore", "Foxglove", "Harrowgate", "Pine Hollow", "Alder", "Chestnut", "Ravenscroft",
     "Wisteria", "Orchard Vale", "Heron", "Copperfield", "Magnolia", "Thistle", "Stonebridge", "Willowmere"],
)
DE_STREETS = (["Linden", "Kastanien", "Goethe", "Mühlen"], ["Birken", "Schiller", "Ahorn", "Garten"])
FR_STREETS = (["rue des Lilas", "avenue Jean Jaures", "rue du Moulin", "impasse des Tilleuls"],
              ["rue de la Fontaine", "boulevard Victor Hugo", "rue des Acacias", "allee des Peupliers"])
IN_SOCIETIES = (["Shanti Kunj", "Green Meadows", "Sai Krupa", "Lakeview Residency"],
                ["Gulmohar Heights", "Prestige Palms", "Om Sai Villa", "Silver Oak Enclave"])

US_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Boise", "ID"), ("Tacoma", "WA"), ("Tulsa", "OK"),
             ("Savannah", "GA"), ("Provo", "UT"), ("Fresno", "CA"), ("Albany", "NY"), ("Asheville", "NC")]
UK_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("York", "YO"),
            ("Brighton", "BN"), ("Sheffield", "S"), ("Exeter", "EX")]
DE_CITIES = ["Berlin", "Leipzig", "Freiburg", "Hamburg", "Kassel", "Bonn"]
FR_CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Grenoble", "Dijon"]
IN_AREAS = [("Koramangala", "Bengaluru"), ("Andheri West", "Mumbai"), ("Salt Lake", "Kolkata"),
            ("Anna Nagar", "Chennai"), ("Baner", "Pune"), ("Gachibowli", "Hyderabad")]
BR_CITIES = [("Pinheiros", "São Paulo", "SP"), ("Botafogo", "Rio de Janeiro", "RJ"), ("Savassi", "Belo Horizonte", "MG")]
JP_AREAS = [("Jingumae", "Shibuya-ku", "Tokyo"), ("Nakazakinishi", "Kita-ku", "Osaka"), ("Shimogyo", "Kyoto-shi", "Kyoto")]
AU_CITIES = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"), ("Subiaco", "WA", "6008")]

# Landmarks used in precise private places ("the flat above the bakery on Elm Road").
LANDMARKS = ["bakery", "laundrette", "pharmacy", "old post office", "kebab shop", "vet's surgery",
             "petrol station", "chapel", "primary school", "corner shop"]
HOUSE_DESCRIPTORS = ["blue house", "yellow door", "red-brick semi", "white bungalow", "green-roofed cottage",
                     "grey townhouse", "converted barn", "houseboat", "static caravan", "end terrace"]

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "gmx.de", "hotmail.fr",
                 "web.de", "fastmail.com", "yahoo.com.br", "rediffmail.com", "naver.com"]
WORK_DOMAINS = (["northwind-logistics.com", "brightpath.io", "kessler-bau.de", "univ-lyon2.fr"],
                ["acme-dental.co.uk", "harbourtech.com.au", "lumenhealth.org", "stadtwerke-kassel.de"])

HANDLE_WORDS = (["pixel", "otter", "nova", "drift", "ember", "quokka", "zephyr", "moss"],
                ["comet", "badger", "lumen", "tide", "cinder", "gecko", "aurora", "fern"])

PASSWORD_WORDS = (["Sunflower", "Marmalade", "Kangaroo", "Lighthouse", "Porcupine", "Waffles"],
                  ["Blueberry", "Trampoline", "Nebula", "Cactus", "Pancake", "Dolphin"])

# Public figures: NOT PII in this benchmark; they appear only in the no-PII set, in news or
# history contexts, so a redactor that removes them shows up as over-redaction.
PUBLIC_FIGURES = (
    ["Barack Obama", "Angela Merkel", "Marie Curie", "Neil Armstrong", "Serena Williams", "Nelson Mandela",
     "Ada Lovelace", "Lionel Messi", "Jacinda Ardern", "Albert Einstein"],
    ["Taylor Swift", "Emmanuel Macron", "Frida Kahlo", "Yuri Gagarin", "Usain Bolt", "Malala Yousafzai",
     "Alan Turing", "Cristiano Ronaldo", "Narendra Modi", "Isaac Newton"],
)
PUBLIC_CITIES = ["Paris", "Tokyo", "Nairobi", "Buenos Aires", "Toronto", "Mumbai", "Berlin", "Sydney"]
ASSISTANTS = ["Claude", "ChatGPT", "Gemini", "Copilot", "Llama", "Mistral"]
RELATIVE_DATES = ["this morning", "last week", "yesterday", "two days ago", "last night", "a few hours ago",
                  "last month", "earlier today", "the other day", "over the weekend"]
FUTURE_DATES = ["next Tuesday", "tomorrow night", "in two weeks", "this Friday", "next month", "tomorrow"]
PRODUCT_CODES = ["WH-1000XM5", "SKU-88421-BLK", "A2337", "RTX 4070", "GX-550F", "XPS 13 9340", "MX-5 ND2",
                 "PN 7310-0042", "EAN 4006381333931", "Model Y-2291"]
PUBLIC_URLS = ["https://docs.python.org/3/library/re.html", "https://en.wikipedia.org/wiki/Photosynthesis",
               "https://pypi.org/project/requests/", "https://developer.mozilla.org/en-US/docs/Web/CSS/grid",
               "https://www.bbc.co.uk/news", "https://arxiv.org/abs/1706.03762"]


def split_pair(items: list[str]) -> tuple[list[str], list[str]]:
    """Split a list into (dev, test) by position: even indices to dev, odd to test."""
    return items[0::2], items[1::2]


def check_disjoint() -> None:
    """Raise ValueError if any pooled value is in both the dev and the test half."""
    firsts = ([], [])
    lasts = ([], [])
    for _, fs, ls in CULTURES:
        for i, half in enumerate(split_pair(fs)):
            firsts[i].extend(half)
        for i, half in enumerate(split_pair(ls)):
            lasts[i].extend(half)
    pairs = {"first names": firsts, "last names": lasts, "streets": STREETS, "de streets": DE_STREETS,
             "fr streets": FR_STREETS, "societies": IN_SOCIETIES, "work domains": WORK_DOMAINS,
             "handle words": HANDLE_WORDS, "password words": PASSWORD_WORDS, "public figures": PUBLIC_FIGURES}
    for name, (dev, test) in pairs.items():
        both = sorted(set(dev) & set(test))
        if both:
            raise ValueError(f"pool {name} has {len(both)} values in both splits")
    all_firsts = firsts[0] + firsts[1]
    for first in NICKNAMES:
        if first not in all_firsts:
            raise ValueError("NICKNAMES names a first name missing from CULTURES")
