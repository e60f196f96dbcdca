# English documents and gold for current-a (written by the annotator; see NOTES.md)
DOCS = []
GOLD = []


def D(i, date, text):
    DOCS.append({"id": "cur-a-en-%02d" % i, "lang": "en", "date": date, "text": text.strip()})


def R(i, s, rel, t, st, ev, note=None):
    r = {"doc": "cur-a-en-%02d" % i, "source": s, "relation": rel, "target": t,
         "status": "required" if st == "r" else "optional", "evidence": ev}
    if note:
        r["note"] = note
    GOLD.append(r)


# 01 Sudan, fall of El Fasher
D(1, "2025-10-28", """
PORT SUDAN, Oct 28 – Sudan's Rapid Support Forces said they had taken full control of El Fasher, the army's last stronghold in the Darfur region, ending an 18-month siege that aid agencies say left hundreds of thousands of people without food or medicine.
Army chief Abdel Fattah al-Burhan acknowledged in a televised address on Monday night that his troops had withdrawn from the city "to a safer place" and vowed to take revenge on the paramilitary force "for every drop of blood."
The U.N. human rights office said it had received reports of summary executions of civilians trying to flee, and the World Health Organization said more than 460 patients and companions were killed at the Saudi Maternity Hospital.
RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said he had ordered investigations into "violations" by his men, while dismissing what he called a campaign of lies by the Islamist-backed army.
The fall of El Fasher came six weeks after the so-called Quad – the United States, Saudi Arabia, the United Arab Emirates and Egypt – issued a joint statement calling for a three-month humanitarian truce. Sudan's army-aligned government has rejected any role for the UAE, which it accuses of arming the RSF, an accusation Abu Dhabi denies.
""")
R(1, "RSF", "strikes", "SDN", "o", "had taken full control of El Fasher, the army's last stronghold", "capture of territory / siege")
R(1, "SDN", "opposes", "RSF", "r", "vowed to take revenge on the paramilitary force")
R(1, "SDN", "strikes", "RSF", "o", "vowed to take revenge on the paramilitary force", "threat")
R(1, "RSF", "opposes", "SDN", "r", "dismissing what he called a campaign of lies by the Islamist-backed army")
quad = ["USA", "SAU", "ARE", "EGY"]
for i, a in enumerate(quad):
    for b in quad[i + 1:]:
        R(1, a, "negotiates-with", b, "r", "the United States, Saudi Arabia, the United Arab Emirates and Egypt – issued a joint statement", "joint statement rule 5.4")
        R(1, a, "supports", b, "o", "issued a joint statement", "joint statement rule 5.4")
        R(1, b, "supports", a, "o", "issued a joint statement", "joint statement rule 5.4")
R(1, "SDN", "opposes", "ARE", "r", "has rejected any role for the UAE, which it accuses of arming the RSF")
R(1, "ARE", "supports", "RSF", "o", "which it accuses of arming the RSF, an accusation Abu Dhabi denies", "allegation by a party, denied")

# 02 Sudan, ICJ dismisses case against the UAE
D(2, "2025-05-05", """
THE HAGUE – The International Court of Justice on Monday threw out Sudan's case accusing the United Arab Emirates of complicity in genocide in West Darfur, ruling that it "manifestly lacks jurisdiction" because of a reservation Abu Dhabi made when it joined the Genocide Convention.
Sudan had argued that the UAE armed and financed the Rapid Support Forces during attacks on the Masalit community in El Geneina in 2023, and asked the court to order emergency measures.
Reem Ketait, a senior official at the Emirati foreign ministry, said the decision was a "clear and decisive" rejection of a "baseless" case, adding that the UAE would keep pushing for a ceasefire and humanitarian access.
Sudan's justice minister, Muawiya Osman, said Khartoum respected the court but that the ruling did not clear the UAE, and that the government would pursue "all legal avenues" to hold it accountable.
The ruling came a day after drones struck Port Sudan for the first time in the two-year war, hitting an air base and fuel depots near the city's airport. The army blamed the RSF for the attack.
""")
R(2, "SDN", "opposes", "ARE", "r", "Sudan's case accusing the United Arab Emirates of complicity in genocide / to hold it accountable")
R(2, "ARE", "opposes", "SDN", "r", "rejection of a \"baseless\" case")
R(2, "ARE", "supports", "RSF", "o", "Sudan had argued that the UAE armed and financed the Rapid Support Forces", "allegation by a party")
R(2, "SDN", "negotiates-with", "UN", "o", "Sudan's case", "case brought to the ICJ (-> UN): one-way request to an organisation")
R(2, "RSF", "strikes", "SDN", "o", "The army blamed the RSF for the attack.", "blame by the victim")
R(2, "SDN", "opposes", "RSF", "o", "The army blamed the RSF for the attack.", "English 'blamed': opposition inferred from attribution of blame (§4)")

# 03 Gaza, October 2025 deal
D(3, "2025-10-10", """
JERUSALEM/CAIRO – Israel's government approved a ceasefire agreement with Hamas early on Friday, clearing the way for a halt to the two-year war in Gaza and the release of the remaining hostages under the first phase of U.S. President Donald Trump's plan.
The deal was hammered out over three days of indirect talks in the Egyptian resort of Sharm el-Sheikh, where negotiators from Qatar, Egypt, Turkey and the United States shuttled between the Israeli and Hamas delegations. Trump's envoy Steve Witkoff and his son-in-law Jared Kushner joined the final round.
Hamas's exiled Gaza chief Khalil al-Hayya said the group had received guarantees from the mediators and from Washington that the war had ended "completely", but he said the movement's weapons were "linked to the existence of the occupation."
Prime Minister Benjamin Netanyahu, whose far-right coalition partners Itamar Ben-Gvir and Bezalel Smotrich voted against the deal, said Israel's military would remain in control of roughly half of the enclave for now.
Islamic Jihad, which holds some of the hostages, said it backed the agreement. The Palestinian Authority welcomed it and said it was ready to play a role in running Gaza, an idea Netanyahu has repeatedly rejected.
""")
R(3, "ISR", "negotiates-with", "HAMAS", "r", "Israel's government approved a ceasefire agreement with Hamas")
for m in ["QAT", "EGY", "TUR"]:
    for p in ["ISR", "HAMAS"]:
        R(3, m, "negotiates-with", p, "o", "negotiators from Qatar, Egypt, Turkey and the United States shuttled between the Israeli and Hamas delegations", "mediator-party")
R(3, "USA", "negotiates-with", "ISR", "o", "negotiators from Qatar, Egypt, Turkey and the United States shuttled between the Israeli and Hamas delegations", "mediator-party")
R(3, "USA", "negotiates-with", "HAMAS", "r", "had received guarantees from the mediators and from Washington", "direct assurances from Washington")
med = ["QAT", "EGY", "TUR", "USA"]
for i, a in enumerate(med):
    for b in med[i + 1:]:
        R(3, a, "negotiates-with", b, "o", "negotiators from Qatar, Egypt, Turkey and the United States", "co-mediators")
R(3, "ISR", "supports", "USA", "o", "under the first phase of U.S. President Donald Trump's plan", "accepting a US plan")
R(3, "HAMAS", "opposes", "ISR", "o", "weapons were \"linked to the existence of the occupation.\"", "'the occupation' = Israel; indirect")
R(3, "PIJ", "supports", "HAMAS", "o", "Islamic Jihad, which holds some of the hostages, said it backed the agreement", "backs the agreement Hamas signed")
R(3, "PIJ", "supports", "USA", "o", "said it backed the agreement", "agreement = first phase of the US plan")
R(3, "PSE", "supports", "USA", "o", "The Palestinian Authority welcomed it", "agreement = first phase of the US plan")
R(3, "ISR", "opposes", "PSE", "r", "ready to play a role in running Gaza, an idea Netanyahu has repeatedly rejected")

# 04 Haniyeh killed in Tehran
D(4, "2024-07-31", """
TEHRAN/DOHA – Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran early on Wednesday, hours after attending the swearing-in of Iran's new president, Masoud Pezeshkian, the Palestinian group and Iran's Revolutionary Guards said.
Israel did not claim responsibility. Its military said a day earlier that it had killed Hezbollah's top commander Fuad Shukr in a strike on Beirut's southern suburbs, in retaliation for a rocket attack that killed 12 children in the Israeli-occupied Golan Heights.
Supreme Leader Ayatollah Ali Khamenei said Israel had "prepared a harsh punishment for itself" and that avenging Haniyeh was Tehran's duty. Senior Hamas official Moussa Abu Marzouk called the killing "a cowardly act that will not go unpunished."
Qatar's prime minister Sheikh Mohammed bin Abdulrahman Al Thani, whose country has hosted Hamas's political office since 2012 and has been mediating with Egypt and the U.S. for a Gaza truce, asked on X how mediation could succeed "when one party assassinates the negotiator on the other side."
Turkey, Russia and China condemned the assassination, while U.S. Secretary of State Antony Blinken said Washington had been neither aware of nor involved in it.
""")
R(4, "ISR", "strikes", "HAMAS", "o", "was killed in an Israeli strike on his residence in Tehran ... the Palestinian group and Iran's Revolutionary Guards said", "attribution by the victims; Israel did not claim it")
R(4, "ISR", "strikes", "HEZBOLLAH", "r", "Its military said a day earlier that it had killed Hezbollah's top commander Fuad Shukr")
R(4, "HEZBOLLAH", "strikes", "ISR", "o", "in retaliation for a rocket attack that killed 12 children in the Israeli-occupied Golan Heights", "attacker not named; Israel's attribution implied")
R(4, "IRN", "opposes", "ISR", "r", "Khamenei said Israel had \"prepared a harsh punishment for itself\"")
R(4, "IRN", "strikes", "ISR", "o", "avenging Haniyeh was Tehran's duty", "threat")
R(4, "HAMAS", "opposes", "ISR", "r", "called the killing \"a cowardly act that will not go unpunished.\"", "Israel implied as the killer in the article")
R(4, "HAMAS", "negotiates-with", "IRN", "o", "hours after attending the swearing-in of Iran's new president", "attendance at a ceremony")
R(4, "QAT", "supports", "HAMAS", "o", "whose country has hosted Hamas's political office since 2012", "hosting")
R(4, "ISR", "negotiates-with", "HAMAS", "r", "has been mediating with Egypt and the U.S. for a Gaza truce / when one party assassinates the negotiator on the other side", "parties of indirect talks")
for p in ["ISR", "HAMAS"]:
    for m in ["QAT", "EGY", "USA"]:
        R(4, m, "negotiates-with", p, "o", "has been mediating with Egypt and the U.S. for a Gaza truce", "mediator-party")
for a, b in [("QAT", "EGY"), ("QAT", "USA"), ("EGY", "USA")]:
    R(4, a, "negotiates-with", b, "o", "has been mediating with Egypt and the U.S.", "co-mediators")
R(4, "QAT", "opposes", "ISR", "o", "when one party assassinates the negotiator on the other side", "Israel not named")
for c in ["TUR", "RUS", "CHN"]:
    R(4, c, "opposes", "ISR", "o", "Turkey, Russia and China condemned the assassination", "condemn the act; author implied")

# 05 Lebanon, cabinet and Hezbollah's arms
D(5, "2025-08-08", """
BEIRUT – Lebanon's cabinet on Thursday endorsed the objectives of a U.S.-backed plan to disarm Hezbollah by the end of the year, after Shi'ite ministers from the group and its ally the Amal Movement walked out of the session in protest.
The decision tasks the Lebanese army with drawing up a plan to bring all weapons under state control, a central demand of Washington's envoy Tom Barrack, who has shuttled between Beirut and Israel in recent weeks.
Hezbollah said it would treat the decision "as if it does not exist," calling it "a grave sin" that served Israel's interests. Its secretary-general Naim Qassem had warned days earlier that the group would not give up its arsenal while Israeli strikes continued and troops remained on five hilltops inside Lebanon.
The Israeli military carried out several strikes in southern Lebanon on Friday, saying it hit Hezbollah operatives and weapons depots, despite the November ceasefire brokered by the United States and France.
Iran's foreign ministry spokesman Esmaeil Baghaei said the decision was Lebanon's internal affair but that Tehran "supports any resistance against Israeli aggression." Prime Minister Nawaf Salam said the government would not back down.
""")
R(5, "USA", "supports", "LBN", "r", "a U.S.-backed plan", "the Lebanese government's plan")
R(5, "LBN", "opposes", "HEZBOLLAH", "r", "endorsed the objectives of a U.S.-backed plan to disarm Hezbollah")
R(5, "USA", "opposes", "HEZBOLLAH", "o", "a U.S.-backed plan to disarm Hezbollah", "indirect")
R(5, "AMAL", "supports", "HEZBOLLAH", "r", "its ally the Amal Movement", "ally label")
R(5, "HEZBOLLAH", "supports", "AMAL", "o", "its ally the Amal Movement", "ally label, reverse")
R(5, "AMAL", "opposes", "LBN", "o", "walked out of the session in protest")
R(5, "HEZBOLLAH", "opposes", "LBN", "r", "Hezbollah said it would treat the decision \"as if it does not exist,\" calling it \"a grave sin\"")
R(5, "HEZBOLLAH", "opposes", "ISR", "o", "would not give up its arsenal while Israeli strikes continued", "implied")
R(5, "USA", "negotiates-with", "LBN", "r", "Tom Barrack, who has shuttled between Beirut and Israel")
R(5, "USA", "negotiates-with", "ISR", "r", "Tom Barrack, who has shuttled between Beirut and Israel")
R(5, "ISR", "strikes", "HEZBOLLAH", "r", "The Israeli military carried out several strikes in southern Lebanon on Friday, saying it hit Hezbollah operatives")
R(5, "ISR", "strikes", "LBN", "o", "strikes in southern Lebanon", "location, not the state")
R(5, "ISR", "negotiates-with", "LBN", "o", "the November ceasefire brokered by the United States and France", "background ceasefire; parties not named")
R(5, "USA", "negotiates-with", "FRA", "o", "brokered by the United States and France", "co-brokers")
R(5, "FRA", "negotiates-with", "LBN", "o", "brokered by the United States and France", "broker-party, parties not named")
R(5, "FRA", "negotiates-with", "ISR", "o", "brokered by the United States and France", "broker-party, parties not named")
R(5, "IRN", "opposes", "ISR", "r", "Tehran \"supports any resistance against Israeli aggression.\"")
R(5, "IRN", "supports", "HEZBOLLAH", "o", "supports any resistance against Israeli aggression", "Hezbollah not named")

# 06 Red Sea, US-Houthi truce; Israel strikes Sanaa
D(6, "2025-05-07", """
MUSCAT/SANAA – The United States will halt its bombing campaign against Yemen's Houthis after the Iran-aligned group agreed to stop attacking American ships in the Red Sea, Oman said on Tuesday, announcing a truce it had mediated between the two sides.
President Donald Trump said the Houthis had "capitulated" after seven weeks of U.S. strikes that, according to the group's health authorities, killed hundreds of people. Houthi negotiator Mohammed Abdulsalam said the deal did not cover Israel "in any way."
Hours earlier, Israeli warplanes knocked Sanaa's international airport out of service and struck Houthi-run power stations and a cement factory, two days after a Houthi ballistic missile landed near Ben Gurion airport outside Tel Aviv.
Israeli Defense Minister Israel Katz vowed to hunt down the group's leader Abdul-Malik al-Houthi, saying Israel would "do to him what we did to Sinwar and Nasrallah."
Saudi Arabia, which has observed a fragile truce with the Houthis since 2022, welcomed the Omani announcement. Iran's foreign ministry said Tehran had played no role in the deal.
""")
R(6, "USA", "negotiates-with", "HOUTHIS", "r", "announcing a truce it had mediated between the two sides")
R(6, "OMN", "negotiates-with", "USA", "o", "a truce it had mediated between the two sides", "mediator-party")
R(6, "OMN", "negotiates-with", "HOUTHIS", "o", "a truce it had mediated between the two sides", "mediator-party")
R(6, "USA", "strikes", "HOUTHIS", "r", "its bombing campaign against Yemen's Houthis / seven weeks of U.S. strikes")
R(6, "HOUTHIS", "strikes", "USA", "o", "agreed to stop attacking American ships", "prior attacks implied")
R(6, "HOUTHIS", "supports", "IRN", "r", "the Iran-aligned group", "'aligned' read like 'الموالية لـ'")
R(6, "USA", "opposes", "HOUTHIS", "o", "Trump said the Houthis had \"capitulated\"")
R(6, "HOUTHIS", "opposes", "ISR", "o", "the deal did not cover Israel \"in any way.\"", "implied")
R(6, "ISR", "strikes", "HOUTHIS", "r", "Israeli warplanes ... struck Houthi-run power stations")
R(6, "ISR", "strikes", "YEM", "o", "knocked Sanaa's international airport out of service", "location, not the state")
R(6, "HOUTHIS", "strikes", "ISR", "r", "a Houthi ballistic missile landed near Ben Gurion airport")
R(6, "ISR", "opposes", "HOUTHIS", "r", "vowed to hunt down the group's leader Abdul-Malik al-Houthi")
R(6, "ISR", "strikes", "HAMAS", "o", "what we did to Sinwar", "background, allusion")
R(6, "ISR", "strikes", "HEZBOLLAH", "o", "what we did to Sinwar and Nasrallah", "background, allusion")
R(6, "SAU", "negotiates-with", "HOUTHIS", "r", "has observed a fragile truce with the Houthis since 2022")
R(6, "SAU", "supports", "OMN", "r", "welcomed the Omani announcement", "welcoming an initiative of X")

# 07 Iran strikes Al Udeid; ceasefire
D(7, "2025-06-24", """
DOHA/WASHINGTON – Iran fired a barrage of missiles at the Al Udeid air base in Qatar on Monday, the largest U.S. military installation in the Middle East, in what Tehran called a response to American strikes on its Fordow, Natanz and Isfahan nuclear sites two days earlier.
Qatar's air defences intercepted all but one of the 14 missiles and no casualties were reported. Iran had given advance notice of the attack through diplomatic channels, according to officials in Washington and Doha.
Qatari foreign ministry spokesman Majed al-Ansari said Doha "strongly condemns" the attack as a flagrant violation of its sovereignty and reserved the right to respond. Saudi Arabia, the UAE, Bahrain, Kuwait and Jordan expressed solidarity with Qatar.
Hours later Trump announced a "complete and total ceasefire" between Israel and Iran, thanking Tehran for the early warning. Israel said it had agreed to the truce after achieving its war goals, while Iran's Foreign Minister Abbas Araghchi said Tehran would stop firing if Israel halted its "illegal aggression."
The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, spoke by telephone with Trump, who credited Qatar with helping to persuade Iran to accept the truce.
""")
R(7, "IRN", "strikes", "USA", "r", "Iran fired a barrage of missiles at the Al Udeid air base in Qatar ... the largest U.S. military installation")
R(7, "IRN", "strikes", "QAT", "o", "Iran fired a barrage of missiles at the Al Udeid air base in Qatar", "location/host state; Qatar calls it a violation of its sovereignty")
R(7, "USA", "strikes", "IRN", "r", "American strikes on its Fordow, Natanz and Isfahan nuclear sites")
R(7, "QAT", "opposes", "IRN", "r", "Doha \"strongly condemns\" the attack")
for c in ["SAU", "ARE", "BHR", "KWT", "JOR"]:
    R(7, c, "supports", "QAT", "o", "Saudi Arabia, the UAE, Bahrain, Kuwait and Jordan expressed solidarity with Qatar", "solidarity")
R(7, "IRN", "negotiates-with", "USA", "o", "Iran had given advance notice of the attack through diplomatic channels / thanking Tehran for the early warning", "one-way notification")
R(7, "ISR", "negotiates-with", "IRN", "r", "a \"complete and total ceasefire\" between Israel and Iran / Israel said it had agreed to the truce", "parties of an indirect truce")
R(7, "USA", "negotiates-with", "ISR", "o", "Trump announced a \"complete and total ceasefire\" between Israel and Iran", "broker-party")
R(7, "QAT", "negotiates-with", "IRN", "o", "helping to persuade Iran to accept the truce", "mediation")
R(7, "IRN", "opposes", "ISR", "r", "if Israel halted its \"illegal aggression.\"")
R(7, "USA", "negotiates-with", "QAT", "r", "spoke by telephone with Trump")

# 08 Istanbul talks
D(8, "2025-05-16", """
ISTANBUL – Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday, but the meeting ended after less than two hours with only an agreement to exchange 1,000 prisoners of war each.
Turkish Foreign Minister Hakan Fidan, who opened the session at the Dolmabahce palace, said both sides had agreed in principle to meet again. Ukraine's team was led by Defence Minister Rustem Umerov, while Moscow sent a delegation headed by Kremlin aide Vladimir Medinsky rather than President Vladimir Putin, who ignored Volodymyr Zelensky's challenge to meet him in person.
A Ukrainian source said the Russian side had demanded that Kyiv withdraw from the four regions Moscow claims as its own, conditions Ukraine called "unacceptable."
Shortly after the talks, Zelensky, attending a European summit in Albania, spoke by phone with Trump and then with the leaders of France, Germany, Britain and Poland. British Prime Minister Keir Starmer said Putin's position was "unacceptable" and that Europe would coordinate fresh sanctions with Washington.
U.S. Secretary of State Marco Rubio, who had met Fidan and Umerov in Istanbul a day earlier, said a breakthrough would require a direct meeting between Trump and Putin.
""")
R(8, "RUS", "negotiates-with", "UKR", "r", "Russian and Ukrainian delegations held their first direct peace talks")
R(8, "TUR", "negotiates-with", "RUS", "o", "Hakan Fidan, who opened the session", "host")
R(8, "TUR", "negotiates-with", "UKR", "o", "Hakan Fidan, who opened the session", "host")
R(8, "RUS", "opposes", "UKR", "o", "A Ukrainian source said the Russian side had demanded that Kyiv withdraw", "reported by the other side's source")
R(8, "UKR", "opposes", "RUS", "r", "conditions Ukraine called \"unacceptable.\"")
R(8, "UKR", "negotiates-with", "USA", "r", "spoke by phone with Trump / Marco Rubio, who had met Fidan and Umerov")
for c in ["FRA", "DEU", "GBR", "POL"]:
    R(8, "UKR", "negotiates-with", c, "r", "spoke by phone with Trump and then with the leaders of France, Germany, Britain and Poland")
R(8, "GBR", "opposes", "RUS", "r", "Starmer said Putin's position was \"unacceptable\"")
R(8, "GBR", "negotiates-with", "USA", "o", "Europe would coordinate fresh sanctions with Washington", "future; 'Europe' is not an actor")
R(8, "USA", "negotiates-with", "TUR", "r", "Marco Rubio, who had met Fidan and Umerov")
R(8, "USA", "negotiates-with", "RUS", "o", "would require a direct meeting between Trump and Putin", "conditional")

# 09 North Korean troops in Kursk
D(9, "2024-10-28", """
BRUSSELS – NATO Secretary-General Mark Rutte confirmed on Monday that North Korean troops had been deployed to Russia's Kursk region, calling it "a significant escalation" of Pyongyang's involvement in Moscow's illegal war against Ukraine.
Rutte, speaking after NATO's North Atlantic Council met a South Korean delegation led by national intelligence officials, said the deployment showed "a dangerous expansion of Russia's war" and Vladimir Putin's growing desperation after heavy losses.
The Kremlin did not deny the reports, with spokesman Dmitry Peskov saying that cooperation with North Korea was a sovereign matter for the two countries under the mutual defence treaty signed by Putin and Kim Jong Un in June.
Ukrainian President Volodymyr Zelensky urged allies to act "now, not after" the North Korean soldiers reach the front, and renewed his request for permission to strike military sites deep inside Russia with Western long-range missiles.
South Korea, which has so far provided only non-lethal aid to Ukraine, said it could consider supplying weapons directly, prompting a warning from Moscow that Seoul would be making "a very serious mistake."
""")
R(9, "PRK", "supports", "RUS", "r", "North Korean troops had been deployed to Russia's Kursk region")
R(9, "NATO", "opposes", "PRK", "r", "calling it \"a significant escalation\" of Pyongyang's involvement")
R(9, "NATO", "opposes", "RUS", "r", "Moscow's illegal war against Ukraine / \"a dangerous expansion of Russia's war\"")
R(9, "RUS", "strikes", "UKR", "o", "Moscow's illegal war against Ukraine", "generic war")
R(9, "UKR", "strikes", "RUS", "o", "Moscow's illegal war against Ukraine / permission to strike military sites deep inside Russia", "generic war; requested strikes are conditional")
R(9, "RUS", "opposes", "UKR", "o", "Moscow's illegal war against Ukraine", "war, no stated stance")
R(9, "UKR", "opposes", "RUS", "o", "Moscow's illegal war against Ukraine", "war, no stated stance")
R(9, "NATO", "negotiates-with", "KOR", "r", "NATO's North Atlantic Council met a South Korean delegation")
R(9, "RUS", "negotiates-with", "PRK", "r", "the mutual defence treaty signed by Putin and Kim Jong Un")
R(9, "RUS", "supports", "PRK", "o", "mutual defence treaty", "alliance")
R(9, "KOR", "supports", "UKR", "r", "has so far provided only non-lethal aid to Ukraine")
R(9, "RUS", "opposes", "KOR", "r", "a warning from Moscow that Seoul would be making \"a very serious mistake.\"")

# 10 DR Congo, M23 takes Goma
D(10, "2025-01-28", """
GOMA/KINSHASA – Rwandan-backed M23 rebels said on Monday they had taken Goma, the largest city in eastern Democratic Republic of Congo, after a lightning advance that sent hundreds of thousands of people fleeing and left bodies lying in the streets.
Congolese troops and allied Wazalendo militias held out in pockets around the airport, while Uruguayan peacekeepers of the U.N. mission MONUSCO said about 100 Congolese soldiers had surrendered to them and handed over their weapons.
In Kinshasa, protesters attacked the embassies of Rwanda, France, Belgium, the United States and Kenya, accusing Western governments of doing too little to rein in Kigali. Congo's foreign minister Therese Kayikwamba Wagner said Rwanda's actions amounted to "a declaration of war."
Rwanda's government, which denies supporting the M23, said fighting near the border posed "a serious threat to Rwanda's security" and that its forces had adopted a defensive posture. U.N. experts say about 4,000 Rwandan troops are operating alongside the rebels in North Kivu.
Kenyan President William Ruto, who chairs the East African Community, called an emergency summit of the bloc, but Congo's President Felix Tshisekedi did not attend.
""")
R(10, "RWA", "supports", "M23", "r", "Rwandan-backed M23 rebels", "article's voice, despite Kigali's denial")
R(10, "M23", "strikes", "COD", "o", "they had taken Goma", "capture of territory")
R(10, "COD_WAZALENDO", "supports", "COD", "r", "Congolese troops and allied Wazalendo militias", "ally label")
R(10, "COD", "supports", "COD_WAZALENDO", "o", "Congolese troops and allied Wazalendo militias", "ally label, reverse")
R(10, "COD", "opposes", "M23", "o", "Congolese troops ... held out in pockets around the airport", "battle, no stated stance")
R(10, "M23", "opposes", "COD", "o", "after a lightning advance", "battle, no stated stance")
R(10, "COD", "opposes", "RWA", "r", "said Rwanda's actions amounted to \"a declaration of war.\"")
R(10, "RWA", "strikes", "COD", "o", "about 4,000 Rwandan troops are operating alongside the rebels", "reported by UN experts; no attack described")
R(10, "KEN", "negotiates-with", "COD", "o", "called an emergency summit of the bloc, but Congo's President Felix Tshisekedi did not attend", "invitation declined")

# 11 DR Congo-Rwanda Washington agreement
D(11, "2025-06-28", """
WASHINGTON – The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement at the State Department on Friday, committing to end support for armed groups on each other's soil and to set up a joint security coordination mechanism within 30 days.
Secretary of State Marco Rubio, who hosted the ceremony with Qatari officials in attendance, called it "an important moment after 30 years of war." Rwanda's foreign minister Olivier Nduhungirehe said there was "a lot of uncertainty" because previous agreements had not been implemented.
Under the deal, Rwanda is to lift its "defensive measures" as Congo moves against the FDLR, a Hutu militia founded by perpetrators of the 1994 genocide that Kigali says has been integrated into the Congolese army.
The M23, which still controls Goma and Bukavu, was not party to the agreement and said it would continue separate talks with Kinshasa in Doha under Qatari mediation. Trump said the United States would get "a lot of the mineral rights from the Congo" as part of the deal.
""")
R(11, "COD", "negotiates-with", "RWA", "r", "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement")
R(11, "USA", "negotiates-with", "COD", "o", "Marco Rubio, who hosted the ceremony", "host/broker; US share in minerals stated by Trump")
R(11, "USA", "negotiates-with", "RWA", "o", "Marco Rubio, who hosted the ceremony", "host/broker")
R(11, "COD", "opposes", "FDLR", "o", "as Congo moves against the FDLR", "future commitment")
R(11, "COD", "supports", "FDLR", "o", "Kigali says has been integrated into the Congolese army", "allegation by a party")
R(11, "RWA", "opposes", "COD", "o", "Kigali says has been integrated into the Congolese army", "accusation implied")
R(11, "M23", "negotiates-with", "COD", "r", "said it would continue separate talks with Kinshasa in Doha")
R(11, "QAT", "negotiates-with", "M23", "o", "under Qatari mediation", "mediator-party")
R(11, "QAT", "negotiates-with", "COD", "o", "under Qatari mediation", "mediator-party")
R(11, "M23", "strikes", "COD", "o", "The M23, which still controls Goma and Bukavu", "control of territory")

# 12 Mali and Niger cut ties with Ukraine
D(12, "2024-08-07", """
BAMAKO – Mali's military government said on Sunday it was severing diplomatic relations with Ukraine "with immediate effect", accusing Kyiv of involvement in a deadly attack by rebels and jihadists on Malian troops and Russian Wagner fighters near the Algerian border last month.
The move came after Andriy Yusov, a spokesman for Ukraine's military intelligence agency HUR, suggested that the rebels had received "necessary information" for the operation at Tinzaouaten, where Wagner suffered its heaviest losses since it began operating in the Sahel.
The Strategic Framework for the Defence of the People of Azawad (CSP-DPA), a coalition of mainly Tuareg separatist groups, said it killed dozens of Wagner mercenaries and Malian soldiers over several days of fighting. The al-Qaeda-linked JNIM also claimed to have killed 50 Russians in an ambush in the same area.
Ukraine's foreign ministry rejected the decision as "short-sighted and hasty" and said Kyiv had always adhered to international law. Senegal summoned Ukraine's ambassador over a video in which he appeared to voice support for the attack.
Niger followed Mali on Tuesday and also broke ties with Kyiv, while the West African bloc ECOWAS condemned "any foreign interference" in the region.
""")
R(12, "MLI", "opposes", "UKR", "r", "severing diplomatic relations with Ukraine \"with immediate effect\", accusing Kyiv")
R(12, "UKR", "supports", "MLI_CSP_DPA", "o", "suggested that the rebels had received \"necessary information\"", "hedged; alleged by Mali")
R(12, "MLI_CSP_DPA", "strikes", "WAGNER", "r", "said it killed dozens of Wagner mercenaries and Malian soldiers")
R(12, "MLI_CSP_DPA", "strikes", "MLI", "r", "said it killed dozens of Wagner mercenaries and Malian soldiers")
R(12, "JNIM", "strikes", "WAGNER", "r", "JNIM also claimed to have killed 50 Russians in an ambush in the same area", "victims read as the Wagner fighters of the same battle")
R(12, "JNIM", "strikes", "RUS", "o", "claimed to have killed 50 Russians", "nisba reading")
R(12, "JNIM", "supports", "AQ", "o", "The al-Qaeda-linked JNIM", "affiliate rule")
R(12, "AQ", "supports", "JNIM", "o", "The al-Qaeda-linked JNIM", "affiliate rule")
R(12, "WAGNER", "supports", "MLI", "o", "attack by rebels and jihadists on Malian troops and Russian Wagner fighters", "fighting side by side, not stated as support")
R(12, "UKR", "opposes", "MLI", "r", "Ukraine's foreign ministry rejected the decision as \"short-sighted and hasty\"")
R(12, "SEN", "opposes", "UKR", "r", "Senegal summoned Ukraine's ambassador over a video")
R(12, "SEN", "negotiates-with", "UKR", "o", "Senegal summoned Ukraine's ambassador", "summons: one-way")
R(12, "NER", "opposes", "UKR", "r", "Niger followed Mali on Tuesday and also broke ties with Kyiv")
R(12, "ECOWAS", "opposes", "UKR", "o", "ECOWAS condemned \"any foreign interference\" in the region", "target not named")

# 13 Ethiopia-Eritrea tension
D(13, "2025-03-20", """
ADDIS ABABA – Ethiopian Prime Minister Abiy Ahmed said on Thursday his government had "no intention" of going to war with Eritrea to gain access to the Red Sea, seeking to calm fears of a new conflict in the Horn of Africa after weeks of reported troop movements near the border.
Abiy said Ethiopia wanted to secure sea access through "dialogue and mutual benefit", but his remarks came after he had repeatedly described the country's landlocked status as an "existential" issue.
Eritrea's information minister Yemane Gebremeskel accused Addis Ababa of using the sea issue as a pretext for aggression and said Asmara would not be "provoked."
The tensions have been compounded by a power struggle inside the Tigray People's Liberation Front, whose faction led by Debretsion Gebremichael last week ousted Getachew Reda, the federally appointed head of Tigray's interim administration, from Mekelle. Getachew accused his rivals of colluding with Eritrea, which fought alongside federal troops against the TPLF in the 2020-2022 war.
Egypt, which has deepened military ties with both Eritrea and Somalia amid its dispute with Ethiopia over the Grand Ethiopian Renaissance Dam, has warned it will not allow any threat to Red Sea security.
""")
R(13, "ERI", "opposes", "ETH", "r", "accused Addis Ababa of using the sea issue as a pretext for aggression")
R(13, "TPLF", "opposes", "ETH_TIGRAY_INTERIM", "r", "ousted Getachew Reda, the federally appointed head of Tigray's interim administration")
R(13, "ETH_TIGRAY_INTERIM", "opposes", "TPLF", "r", "Getachew accused his rivals of colluding with Eritrea", "Getachew -> Tigray Interim Administration")
R(13, "ETH", "supports", "ETH_TIGRAY_INTERIM", "o", "the federally appointed head of Tigray's interim administration", "appointment")
R(13, "TPLF", "supports", "ERI", "o", "accused his rivals of colluding with Eritrea", "allegation")
R(13, "ERI", "supports", "TPLF", "o", "accused his rivals of colluding with Eritrea", "allegation")
R(13, "ERI", "supports", "ETH", "o", "which fought alongside federal troops against the TPLF in the 2020-2022 war", "background, ended")
R(13, "ERI", "strikes", "TPLF", "o", "fought alongside federal troops against the TPLF in the 2020-2022 war", "background history")
R(13, "ETH", "strikes", "TPLF", "o", "federal troops against the TPLF in the 2020-2022 war", "background history")
R(13, "EGY", "supports", "ERI", "o", "has deepened military ties with both Eritrea and Somalia", "cooperation")
R(13, "EGY", "supports", "SOM", "o", "has deepened military ties with both Eritrea and Somalia", "cooperation")
R(13, "EGY", "negotiates-with", "ERI", "o", "has deepened military ties with both Eritrea and Somalia", "cooperation, no talks described")
R(13, "EGY", "negotiates-with", "SOM", "o", "has deepened military ties with both Eritrea and Somalia", "cooperation, no talks described")
R(13, "EGY", "opposes", "ETH", "r", "its dispute with Ethiopia over the Grand Ethiopian Renaissance Dam", "stated direction of a dispute")
R(13, "ETH", "opposes", "EGY", "o", "its dispute with Ethiopia over the Grand Ethiopian Renaissance Dam", "reverse direction")

# 14 Turkey-Israel deconfliction over Syria
D(14, "2025-04-10", """
ANKARA/JERUSALEM – Turkish and Israeli officials held a first round of technical talks in Azerbaijan on Wednesday to set up a "deconfliction mechanism" aimed at avoiding incidents between their militaries in Syria, both sides said.
The meeting in Baku followed a week of Israeli air strikes on the T4 and Hama air bases, which Turkey had reportedly surveyed for a possible deployment, and on sites near Damascus. Israeli Defence Minister Israel Katz warned Syrian President Ahmed al-Sharaa that he would "pay a very heavy price" if he allowed "hostile forces" into Syria.
Turkish Foreign Minister Hakan Fidan said Ankara did not want a confrontation with Israel in Syria, but accused Prime Minister Benjamin Netanyahu's government of "destroying the capacity" of the new Syrian state to fight the Islamic State group.
Netanyahu's office said any Turkish bases in Syria would be "a red line." Damascus, which has signed defence cooperation understandings with Ankara and relies on Turkish support to rebuild its army, condemned the Israeli strikes as a "flagrant violation" of Syrian sovereignty.
Azerbaijan's President Ilham Aliyev, who has close ties with both Ankara and Israel, has offered to mediate between the two.
""")
R(14, "TUR", "negotiates-with", "ISR", "r", "Turkish and Israeli officials held a first round of technical talks")
R(14, "AZE", "negotiates-with", "TUR", "o", "has close ties with both Ankara and Israel, has offered to mediate", "host; offer to mediate")
R(14, "AZE", "negotiates-with", "ISR", "o", "has close ties with both Ankara and Israel, has offered to mediate", "host; offer to mediate")
R(14, "ISR", "strikes", "SYR", "r", "Israeli air strikes on the T4 and Hama air bases")
R(14, "ISR", "opposes", "SYR", "r", "warned Syrian President Ahmed al-Sharaa that he would \"pay a very heavy price\"", "conditional threat to a named addressee")
R(14, "TUR", "opposes", "ISR", "r", "accused Prime Minister Benjamin Netanyahu's government")
R(14, "ISR", "opposes", "TUR", "r", "any Turkish bases in Syria would be \"a red line.\"")
R(14, "SYR", "negotiates-with", "TUR", "r", "has signed defence cooperation understandings with Ankara")
R(14, "TUR", "supports", "SYR", "r", "relies on Turkish support to rebuild its army")
R(14, "SYR", "opposes", "ISR", "r", "condemned the Israeli strikes as a \"flagrant violation\"")
R(14, "SYR", "opposes", "ISIS", "o", "the new Syrian state to fight the Islamic State group", "implied")
