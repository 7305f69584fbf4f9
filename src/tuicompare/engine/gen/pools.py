"""Word pools for generated test stories: names, places, organisations, topics."""

from __future__ import annotations

FIRST_NAMES = (
    "Ivan", "Oleg", "Dmitri", "Pavel", "Sergei", "Andrei", "Mikhail", "Nikolai", "Viktor", "Yuri",
    "Anna", "Olga", "Irina", "Tatiana", "Elena", "Marina", "Natalia", "Svetlana", "Daria", "Ksenia",
    "James", "Robert", "Daniel", "Thomas", "Maria", "Laura", "Helen", "Peter", "Martin", "Sarah",
    "Ahmed", "Omar", "Lucia", "Marco", "Jonas", "Erik", "Hannah", "Greta", "Tomasz", "Piotr",
)
SURNAMES = (
    "Petrov", "Sidorenko", "Kovalenko", "Morozov", "Volkov", "Lebedev", "Kozlov", "Novikov", "Sokolov",
    "Popov", "Fedorov", "Orlov", "Belov", "Zaitsev", "Pavlenko", "Tkachenko", "Bondarenko", "Shevchuk",
    "Melnyk", "Kravets", "Hrytsenko", "Tarasov", "Gusev", "Kiselev", "Makarov", "Nikitin", "Zakharov",
    "Borisov", "Karimov", "Aliyev", "Harrison", "Whitaker", "Callahan", "Fitzgerald", "Brennan",
    "Lindqvist", "Novak", "Dvorak", "Kowalski", "Nowicki", "Brandt", "Keller", "Rossi", "Moretti",
    "Dubois", "Laurent", "Okafor", "Mensah", "Haddad", "Nasser", "Kuznetsov", "Timoshenko", "Yakovlev",
    "Kharitonov", "Khodakov", "Tsarev", "Zhukov", "Chernov", "Yefimov", "Kostenko",
    "Abramov", "Antonov", "Baranov", "Bogdanov", "Vasilenko", "Vorobyov", "Gavrilov", "Golubev",
    "Grigoriev", "Davydov", "Denisov", "Yermakov", "Zhdanov", "Zuev", "Ignatov", "Kalinin", "Klimov",
    "Komarov", "Kondratiev", "Korolev", "Kulikov", "Lazarev", "Litvinenko", "Maksimov", "Matveev",
    "Medvedenko", "Mironov", "Nazarov", "Osipov", "Panov", "Polyakov", "Prokhorov", "Romanenko",
    "Rudenko", "Savchenko", "Semenov", "Sergeev", "Smirnov", "Sobolev", "Stepanenko", "Titov",
    "Frolov", "Kharchenko", "Tsvetkov", "Chernenko", "Shapovalov", "Sherbakov", "Yurchenko",
    "Albrecht", "Bauer", "Fischer", "Hoffmann", "Lehmann", "Schneider", "Wagner", "Zimmermann",
    "Andersson", "Berglund", "Eriksson", "Holm", "Lund", "Nyberg", "Sandberg", "Virtanen", "Korhonen",
    "Bianchi", "Colombo", "Ferrari", "Galli", "Marino", "Ricci", "Romano", "Greco", "Fontaine",
    "Garnier", "Lefebvre", "Mercier", "Moreau", "Rousseau", "Vincent", "Carter", "Donovan", "Gallagher",
    "Hughes", "Kennedy", "Lawson", "Mitchell", "Porter", "Sullivan", "Turner", "Walsh", "Adeyemi",
    "Boateng", "Osei", "Farouk", "Khalil", "Mansour", "Saleh", "Yilmaz", "Demir", "Kaya", "Ozturk",
)
PLACES = (
    "Kharkiv", "Odesa", "Lviv", "Dnipro", "Poltava", "Chernihiv", "Sumy", "Mykolaiv", "Kherson", "Zhytomyr",
    "Vinnytsia", "Rivne", "Lutsk", "Uzhhorod", "Ternopil", "Cherkasy", "Kropyvnytskyi", "Bakhmut",
    "Avdiivka", "Pokrovsk", "Izium", "Kupiansk", "Lyman", "Vuhledar", "Marinka", "Toretsk", "Chasiv Yar",
    "Belgorod", "Kursk", "Voronezh", "Rostov", "Taganrog", "Bryansk", "Smolensk", "Tver", "Yaroslavl",
    "Gdansk", "Poznan", "Wroclaw", "Krakow", "Lublin", "Brno", "Ostrava", "Graz", "Linz", "Salzburg",
    "Bergen", "Tromso", "Uppsala", "Malmo", "Aarhus", "Odense", "Tampere", "Turku", "Tartu", "Riga",
    "Kaunas", "Vilnius", "Minsk", "Gomel", "Chisinau", "Varna", "Plovdiv", "Cluj", "Timisoara", "Debrecen",
    "Szeged", "Pecs", "Kosice", "Presov", "Zilina", "Ljubljana", "Maribor", "Split", "Rijeka", "Zadar",
    "Tirana", "Durres", "Skopje", "Ohrid", "Nis", "Novi Sad", "Sarajevo", "Mostar", "Podgorica", "Burgas",
    "Constanta", "Iasi", "Galati", "Brasov", "Oradea", "Arad", "Pskov", "Novgorod", "Kaluga", "Tula",
    "Ryazan", "Penza", "Samara", "Saratov", "Kazan", "Ufa", "Perm", "Tyumen", "Omsk", "Tomsk",
)
ORGS = (
    "the Interior Ministry", "the Red Cross", "the Defence Ministry", "the State Emergency Service",
    "the Regional Council", "the National Guard", "the Border Service", "the Health Ministry",
    "the Energy Ministry", "the United Nations", "the European Commission", "the Prosecutor General's Office",
)
ROLES = (
    "governor", "spokesman", "mayor", "minister", "commander", "prosecutor", "director", "envoy",
    "deputy minister", "regional head", "military analyst", "police chief",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
#: Topic vocabulary: (event noun, plural victims noun, action verb past, site noun, adjective, cause noun).
TOPICS = (
    ("flood", "residents", "evacuated", "dam", "rising", "heavy rain"),
    ("wildfire", "families", "relocated", "forest", "spreading", "dry wind"),
    ("strike", "workers", "mobilised", "factory", "unexpected", "a pay dispute"),
    ("blackout", "households", "disconnected", "power plant", "prolonged", "a drone attack"),
    ("earthquake", "villagers", "rescued", "mine", "powerful", "a tremor"),
    ("shelling", "civilians", "sheltered", "railway station", "intense", "artillery fire"),
    ("protest", "students", "detained", "city hall", "peaceful", "a new tax"),
    ("outbreak", "patients", "hospitalised", "clinic", "rapid", "contaminated water"),
    ("landslide", "motorists", "stranded", "highway", "sudden", "melting snow"),
    ("explosion", "employees", "injured", "chemical plant", "massive", "a gas leak"),
    ("collapse", "tenants", "trapped", "apartment block", "partial", "poor maintenance"),
    ("cyberattack", "customers", "affected", "bank", "coordinated", "a ransomware group"),
)
