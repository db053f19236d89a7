"""Name, place and group lists for planted PII, written for this project.

Deliberately not taken from a names package: the redactor may use one, and test data drawn from
the same list would make its recall look better than it is. Names are grouped by culture so a
first name and a surname usually match, as they do in real logs.
"""

from __future__ import annotations

import random

# culture -> (first names, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        ("Emily", "James", "Olivia", "Harry", "Charlotte", "George", "Amelia", "Thomas", "Grace",
         "Daniel", "Hannah", "Michael", "Rebecca", "Matthew", "Sophie", "Jack", "Laura", "Peter"),
        ("Thompson", "Walker", "Harrison", "Clarke", "Bennett", "Hughes", "Fletcher", "Whitaker",
         "Palmer", "Holloway", "Ashworth", "Pritchard", "Sutton", "Barker", "Cartwright", "Reeves"),
    ),
    "spanish": (
        ("María", "José", "Lucía", "Javier", "Carmen", "Alejandro", "Sofía", "Diego", "Valentina",
         "Mateo", "Isabel", "Andrés", "Camila", "Santiago", "Elena", "Pablo"),
        ("García", "Fernández", "López", "Martínez", "Rodríguez", "Sánchez", "Ramírez", "Torres",
         "Navarro", "Morales", "Castillo", "Ortega", "Delgado", "Vargas", "Herrera"),
    ),
    "chinese": (
        ("Wei", "Fang", "Li Na", "Jun", "Xiaoming", "Mei", "Hao", "Yan", "Zhiwei", "Lin", "Qiang", "Jing"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Guo"),
    ),
    "indian": (
        ("Priya", "Rahul", "Ananya", "Arjun", "Kavya", "Vikram", "Neha", "Rohan", "Aditi", "Sanjay",
         "Meera", "Karthik", "Divya", "Aarav", "Lakshmi"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Mehta", "Kapoor", "Rao", "Banerjee",
         "Desai", "Chatterjee", "Menon", "Joshi", "Pillai"),
    ),
    "arabic": (
        ("Omar", "Fatima", "Youssef", "Layla", "Khalid", "Aisha", "Hassan", "Nour", "Tariq", "Mariam",
         "Karim", "Salma", "Ibrahim", "Yasmin"),
        ("Haddad", "Al-Sayed", "Khoury", "Nasser", "Mansour", "Saleh", "Farouk", "Hamdan", "Aziz",
         "Rahman", "Qasim", "Abboud"),
    ),
    "west_african": (
        ("Chinedu", "Amara", "Oluwaseun", "Ngozi", "Kwame", "Adaeze", "Emeka", "Folake", "Kofi",
         "Abena", "Tunde", "Chioma", "Yaw"),
        ("Okafor", "Adeyemi", "Mensah", "Nwosu", "Boateng", "Okonkwo", "Balogun", "Asante", "Eze",
         "Owusu", "Afolabi", "Obi"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura", "Kenji", "Yuki", "Takeshi", "Hina", "Daiki", "Mio"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Matsumoto"),
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Hyun-woo", "Soo-ah", "Jae-won"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"),
    ),
    "slavic": (
        ("Dmitri", "Anastasia", "Ivan", "Katarzyna", "Pavel", "Olga", "Tomasz", "Natalia", "Sergei",
         "Agnieszka", "Mikhail", "Zofia", "Nikola", "Milena"),
        ("Ivanov", "Kowalski", "Petrova", "Nowak", "Smirnov", "Wiśniewska", "Volkov", "Novak",
         "Kuznetsova", "Zieliński", "Horvat", "Popescu"),
    ),
    "german_french": (
        ("Lukas", "Anna", "Felix", "Lena", "Maximilian", "Clara", "Jonas", "Camille", "Louis",
         "Chloé", "Antoine", "Manon", "Julien", "Léa"),
        ("Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Dubois", "Lefèvre",
         "Moreau", "Girard", "Laurent", "Rousseau", "Bonnet"),
    ),
    "brazilian_portuguese": (
        ("João", "Ana", "Gabriel", "Beatriz", "Lucas", "Mariana", "Rafael", "Juliana", "Thiago", "Larissa"),
        ("Silva", "Souza", "Oliveira", "Pereira", "Costa", "Carvalho", "Almeida", "Ribeiro", "Rocha", "Barbosa"),
    ),
    "vietnamese_filipino": (
        ("Linh", "Minh", "Thao", "Quang", "Mai", "Tuan", "Maricel", "Jericho", "Rosalind", "Paolo"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz"),
    ),
    "turkish_persian": (
        ("Emre", "Elif", "Mehmet", "Zeynep", "Can", "Ayşe", "Darius", "Shirin", "Reza", "Parisa"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Tehrani", "Karimi", "Hosseini", "Moradi", "Rostami"),
    ),
    "nordic_irish": (
        ("Sven", "Ingrid", "Lars", "Freya", "Niamh", "Cormac", "Siobhan", "Aoife", "Eirik", "Astrid"),
        ("Johansson", "Lindqvist", "Andersen", "Halvorsen", "O'Brien", "Murphy", "Byrne", "Gallagher", "Kelly"),
    ),
    "east_african_swahili": (
        ("Wanjiru", "Baraka", "Amani", "Zawadi", "Juma", "Neema", "Otieno", "Akinyi"),
        ("Kamau", "Mwangi", "Odhiambo", "Wambui", "Njoroge", "Kiprono", "Achieng", "Mutua"),
    ),
}

CITIES = (
    "Seattle", "Chicago", "Austin", "Denver", "Boston", "Atlanta", "Portland", "Phoenix", "Toronto",
    "Vancouver", "Manchester", "Leeds", "Dublin", "Madrid", "Barcelona", "Lisbon", "Lyon", "Marseille",
    "Berlin", "Munich", "Hamburg", "Warsaw", "Kraków", "Prague", "Vienna", "Istanbul", "Cairo", "Lagos",
    "Nairobi", "Accra", "Johannesburg", "Mumbai", "Bangalore", "Chennai", "Delhi", "Karachi", "Dhaka",
    "Shanghai", "Shenzhen", "Taipei", "Seoul", "Busan", "Osaka", "Kyoto", "Manila", "Hanoi", "Jakarta",
    "Sydney", "Melbourne", "Auckland", "São Paulo", "Rio de Janeiro", "Buenos Aires", "Bogotá", "Lima",
    "Mexico City", "Guadalajara", "Santiago", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Tehran",
)
US_CITIES = (
    ("Springfield", "IL"), ("Columbus", "OH"), ("Sacramento", "CA"), ("Tucson", "AZ"),
    ("Raleigh", "NC"), ("Madison", "WI"), ("Albany", "NY"), ("Boise", "ID"), ("Omaha", "NE"),
    ("Richmond", "VA"), ("Tacoma", "WA"), ("Savannah", "GA"), ("Dayton", "OH"), ("Eugene", "OR"),
)
STREETS = (
    "Maple", "Oak", "Cedar", "Elm", "Willow", "Pine", "Lakeview", "Hillcrest", "Sunset", "Riverside",
    "Highland", "Chestnut", "Park", "Washington", "Jefferson", "Lincoln", "Franklin", "Magnolia",
    "Birch", "Meadowbrook", "Orchard", "Harbor", "Cherry", "Spruce",
)
STREET_SUFFIXES = ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place")
EUROPEAN_STREETS = (
    "Calle de Alcalá {n}, Madrid", "Rua Augusta {n}, Lisbon", "Kastanienallee {n}, Berlin",
    "Rue des Lilas {n}, Lyon", "ul. Długa {n}, Gdańsk", "Via Roma {n}, Turin",
    "Keizersgracht {n}, Amsterdam", "{n} Baker Street, London", "{n} Quay Street, Galway",
)

NRP = (
    "Brazilian", "Nigerian", "Mexican", "Korean", "Filipino", "Irish", "Polish", "Vietnamese",
    "Ethiopian", "Pakistani", "Canadian", "Greek", "Catholic", "Muslim", "Jewish", "Hindu",
    "Buddhist", "Sikh", "Mormon", "Protestant", "Democrat", "Republican", "Lebanese", "Turkish",
    "Colombian", "Ukrainian", "Egyptian", "Japanese", "Kenyan",
)

EMAIL_DOMAINS = (
    "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk",
    "fastmail.com", "gmx.de", "web.de", "yandex.ru", "northwind-logistics.com", "brightpath.org",
    "lumencare.net", "acme-robotics.io", "harborview-clinic.org", "meridian-labs.com",
)
WEB_WORDS = (
    "harbor", "pixel", "maple", "north", "river", "summit", "cobalt", "lumen", "oak", "atlas",
    "beacon", "cedar", "orbit", "nimbus", "willow", "quartz", "ember", "falcon", "meadow", "vertex",
)
WEB_TLDS = ("com", "org", "net", "io", "co.uk", "de", "dev", "app")


def person(rng: random.Random) -> tuple[str, str]:
    """A (first name, surname) pair from one randomly chosen culture."""
    culture = rng.choice(sorted(NAMES))
    firsts, lasts = NAMES[culture]
    return rng.choice(firsts), rng.choice(lasts)
