/**
 * Word lists for the benchmark article generator (generate.ts): names, places,
 * organisations and the syllables that synthesised names are built from. Plain data only.
 */

export const words = (s: string): string[] => s.trim().split(/\s*,\s*/u).filter(Boolean);

export const FEMALE_FIRST = words(`
Clémence, Zoë, Anaïs, Inès, Léa, Chloé, Maëlle, Hélène, Élodie, Amélie, Noémie, Céline, Margaux, Agnès, Renée,
Béatrice, Solène, Aurélie, Gaëlle, Lorène, Monique, Brigitte, Maya, Elena, Aisha, Amara, Fatima, Leila, Yasmin,
Priya, Ananya, Mei, Yuki, Hana, Sakura, Ji-woo, Min-seo, Olga, Irina, Natalia, Katarzyna, Małgorzata, Zofia,
Agnieszka, Ewa, Dorota, Jana, Petra, Lucie, Tereza, Ágnes, Réka, Zsófia, Ioana, Andreea, Mihaela, Sofía, Lucía,
María, Ana, Carmen, Valentina, Camila, Isabella, Martina, Giulia, Francesca, Chiara, Alessia, Federica, Sara,
Emma, Olivia, Sophie, Charlotte, Amelia, Grace, Hannah, Emily, Jessica, Rachel, Rebecca, Laura, Sarah, Claire,
Fiona, Siobhán, Aoife, Niamh, Róisín, Saoirse, Orla, Ingrid, Astrid, Sigrid, Freya, Linnéa, Maja, Elin, Karin,
Åsa, Liv, Sunniva, Dagny, Kirsten, Helga, Greta, Anke, Jutta, Katrin, Sabine, Mareike, Leonie, Ngozi, Chiamaka,
Adaeze, Folake, Abena, Akosua, Wanjiru, Amina, Zainab, Halima, Nadia, Rania, Layla, Noor, Shirin, Parisa, Elif,
Zeynep, Ayşe, Defne, Gülşen, Thandiwe, Nomvula, Lerato, Aroha, Kaia, Mariana, Beatriz, Joana, Leonor, Gabriela,
Renata, Ximena, Paola, Daniela, Alejandra, Guadalupe, Rosa, Lina, Dana, Tamar, Noa, Yael, Shira, Anjali,
Deepika, Kavya, Lakshmi, Sunita, Meera, Linh, Thảo, Hoa, Mai, Lan, Xiaoling, Wen, Jing, Ying, Hui, Ayako, Keiko,
Naomi, Emiko, Eun-ji, Hye-jin, Ruth, Martha, Diane, Janet, Karen, Susan, Linda, Patricia, Margaret, Dorothy,
Helen, Alice, Evelyn, Florence, Iris, Ivy, Rose, Ellie, Mia, Ava, Harper, Nora, Lily, Zara, Esme, Imogen,
Phoebe, Tessa, Aino, Sanna, Päivi, Riikka, Tuula, Eija, Marta, Vesna, Jelena, Milena, Dragana, Ivana, Snežana,
Eleni, Katerina, Dimitra, Sotiria, Anastasia, Tatiana, Svetlana, Oksana, Yulia, Daria, Nino, Tamara, Ana Lucía,
Constance, Juliette, Manon, Camille, Océane, Bérénice, Heloïse, Adèle, Rita, Ilse, Femke, Sanne, Lotte, Anouk,
`);

export const MALE_FIRST = words(`
Nicolás, José, Andrés, Tomás, Joaquín, Sebastián, Martín, Matías, Agustín, Ramón, Jesús, Rubén, Álvaro, Iñigo,
François, Jérôme, Stéphane, Benoît, Loïc, Gaël, Hervé, Frédéric, Thibault, Rémi, Aurélien, Théo, Noël, Björn,
Søren, Jørgen, Håkon, Øystein, Mikael, Lars, Anders, Nils, Erik, Olli, Jukka, Matti, Timo, Łukasz, Paweł,
Wojciech, Krzysztof, Tomasz, Piotr, Marek, Jiří, Tomáš, Ondřej, Lukáš, Dávid, Gábor, Zoltán, Bálint, Mihai,
Andrei, Radu, Dmitri, Sergei, Alexei, Ivan, Mikhail, Yusuf, Mehmet, Emre, Burak, Oğuz, Kemal, Ahmed, Omar,
Karim, Tariq, Hassan, Bilal, Rashid, Samir, Youssef, Kwame, Kofi, Yaw, Chidi, Emeka, Tunde, Oluwaseun,
Babajide, Jabari, Tendai, Sipho, Thabo, Musa, Ibrahim, Idris, Arjun, Rahul, Vikram, Sanjay, Rohan, Aditya,
Karthik, Ravi, Hiroshi, Takeshi, Kenji, Haruto, Ren, Daiki, Wei, Jun, Hao, Lei, Min-jun, Ji-ho, Seo-jun, Minh,
Tuấn, Huy, Paul, Peter, James, John, Michael, David, Daniel, Thomas, Matthew, Andrew, Mark, Simon, Richard,
Robert, William, George, Henry, Edward, Charles, Oliver, Harry, Jack, Samuel, Benjamin, Joseph, Patrick, Sean,
Liam, Cian, Oisín, Darragh, Eoin, Ciarán, Rory, Callum, Euan, Fraser, Gareth, Rhys, Dylan, Owen, Ethan, Lucas,
Leo, Felix, Hugo, Max, Jonas, Lukas, Jan, Tobias, Florian, Matthias, Stefan, Jürgen, Günter, Uwe, Klaus,
Dieter, Marco, Luca, Giovanni, Alessandro, Matteo, Lorenzo, Davide, Riccardo, Niccolò, Pietro, João, Gonçalo,
Rodrigo, Tiago, Duarte, Vasco, Diogo, Caio, Thiago, Felipe, Gustavo, Eduardo, Diego, Carlos, Javier, Pablo,
Alejandro, Fernando, Ricardo, Emilio, Aarav, Noah, Elijah, Isaac, Caleb, Nathan, Aaron, Avi, Eitan, Yosef,
Moshe, Tane, Wiremu, Manaia, Milan, Nikola, Stefan, Dragan, Goran, Zoran, Aleksandar, Dimitris, Giorgos,
Nikos, Yannis, Kostas, Levan, Giorgi, Arman, Tigran, Ruslan, Timur, Bogdan, Taras, Oleksandr, Vitali, Cédric,
Étienne, Grégoire, Anatole, Baptiste, Corentin, Maxime, Quentin, Sven, Pieter, Joris, Bram, Daan, Wout, Ruud,
`);

export const SURNAMES = words(`
Dubois, Martin, Bernard, Lefèvre, Moreau, Girard, Lambert, Fontaine, Rousseau, Mercier, Guérin, Bonnet, Faure,
Chevalier, Gauthier, Perrin, Lemaire, Barbier, Leclerc, Garnier, Delacroix, Benoît, Fernández, García, Martínez,
López, Sánchez, Pérez, Gómez, Rodríguez, Hernández, Díaz, Álvarez, Romero, Navarro, Torres, Domínguez,
Vázquez, Ramos, Serrano, Ortiz, Castillo, Ibáñez, Muñoz, Núñez, Peña, Ferreira, Silva, Santos, Oliveira, Costa,
Pereira, Carvalho, Gonçalves, Rocha, Almeida, Ribeiro, Sousa, Lima, Araújo, Barbosa, Müller, Schmidt,
Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Schröder,
Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann, Lange, Werner, Köhler, Jäger, Rossi, Russo, Ferrari,
Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Giordano,
Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini,
Leone, Longo, Gentile, Martinelli, Vitale, Serra, Coppola, De Santis, D'Angelo, Nowak, Kowalski, Wiśniewski,
Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski,
Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Pawłowski, Michalski, Novák, Svoboda, Novotný, Dvořák,
Černý, Procházka, Kučera, Veselý, Horák, Němec, Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár,
Németh, Farkas, Balogh, Popescu, Ionescu, Popa, Dumitru, Constantin, Munteanu, Ivanov, Petrov, Smirnov,
Sokolov, Volkov, Kuznetsov, Popov, Lebedev, Kozlov, Novikov, Morozov, Pavlov, Sørensen, Jensen, Nielsen,
Hansen, Pedersen, Andersen, Christensen, Larsen, Rasmussen, Johansson, Andersson, Karlsson, Nilsson, Eriksson,
Larsson, Olsson, Persson, Svensson, Gustafsson, Lindqvist, Lindström, Bergström, Åberg, Öberg, Holm,
Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Öztürk,
Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Arslan, Doğan, Kılıç, Mensah, Owusu, Asante, Boateng, Osei,
Appiah, Okafor, Okonkwo, Adeyemi, Balogun, Okeke, Eze, Nwosu, Adebayo, Ogunleye, Bello, Abubakar, Mwangi,
Kamau, Otieno, Njoroge, Kariuki, Dlamini, Nkosi, Ndlovu, Khumalo, Mokoena, Naidoo, Patel, Sharma, Singh,
Kumar, Gupta, Mehta, Shah, Reddy, Iyer, Nair, Rao, Desai, Kapoor, Chopra, Malhotra, Banerjee, Chatterjee,
Mukherjee, Das, Bose, Khan, Hussain, Ahmed, Rahman, Chaudhry, Qureshi, Siddiqui, Haddad, Khoury, Nasser,
Saleh, Mansour, Hamdan, Farouk, Aziz, Karimi, Hosseini, Rahimi, Moradi, Tehrani, Cohen, Levi, Mizrahi,
Friedman, Katz, Shapiro, Goldberg, Rosenberg, Nakamura, Tanaka, Suzuki, Takahashi, Watanabe, Ito, Yamamoto,
Kobayashi, Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori, Kim, Lee, Park,
Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Seo, Shin, Kwon, Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou,
Xu, Sun, Zhu, Guo, Lin, Gao, Luo, Nguyen, Tran, Pham, Hoang, Phan, Vu, Dang, Bui, Ngo, Duong, Smith, Johnson,
Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Jackson, White, Harris,
Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter,
Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook,
Rogers, Morgan, Cooper, Peterson, Reed, Bailey, Bell, Kelly, Howard, Ward, Cox, Richardson, Wood, Watson,
Brooks, Bennett, Gray, Hughes, Price, Sanders, Myers, Ross, Foster, Powell, Jenkins, Perry, Russell, Sullivan,
O'Brien, O'Connor, O'Neill, Byrne, Ryan, Walsh, Doyle, McCarthy, Gallagher, Quinn, Brennan, Fitzgerald,
Kavanagh, MacLeod, MacDonald, Fraser, Murray, Ferguson, Davies, Llewellyn, Pritchard, Vaughan, Van der Berg,
De Vries, Jansen, Visser, Bakker, Smit, Meijer, De Jong, Mulder, Bos, Vos, Peeters, Janssens, Maes, Claes,
Wouters, Goossens, Dupont, Hoxha, Berisha, Krasniqi, Petrović, Jovanović, Nikolić, Marković, Đorđević, Horvat,
Kovačević, Babić, Kralj, Papadopoulos, Papadakis, Georgiou, Nikolaidis, Karagiannis, Vlachos, Alexiou,
Mendes, Moreno, Vargas, Castro, Rojas, Guerrero, Medina, Aguilar, Herrera, Jiménez, Reyes, Cruz, Morales,
Flores, Rivera, Gutiérrez, Ruiz, Mendoza, Salazar, Delgado, Cabrera, Fuentes, Bravo, Sandoval, Quispe, Mamani,
Brennan, Fernández-Ortega, Kowalska, Nováková, Ivanova, Petrova, Hakimi, Benali, El Amrani, Bouazza, Tahiri,
Achterberg, Lindgren, Sandberg, Engström, Halvorsen, Solberg, Haugen, Bakken, Strand, Moen, Berg, Dahl,
`);

export const REAL_CITIES = words(`
Lyon, Porto, Leeds, Málaga, Kraków, Zürich, Göteborg, Montréal, Reykjavík, Bordeaux, Nantes, Lille, Toulouse,
Marseille, Valencia, Seville, Bilbao, Zaragoza, Córdoba, Lisbon, Braga, Coimbra, Turin, Bologna, Genoa,
Naples, Palermo, Verona, Florence, Munich, Hamburg, Cologne, Leipzig, Dresden, Bremen, Hanover, Nuremberg,
Düsseldorf, Stuttgart, Münster, Vienna, Graz, Salzburg, Innsbruck, Geneva, Basel, Bern, Lausanne, Lucerne,
Utrecht, Rotterdam, Eindhoven, Groningen, Antwerp, Ghent, Liège, Bruges, Aarhus, Odense, Malmö, Uppsala,
Bergen, Trondheim, Tampere, Turku, Gdańsk, Wrocław, Poznań, Łódź, Brno, Ostrava, Bratislava, Košice,
Debrecen, Szeged, Cluj-Napoca, Timișoara, Ljubljana, Maribor, Zagreb, Split, Thessaloniki, Patras, Cork,
Galway, Limerick, Belfast, Glasgow, Edinburgh, Aberdeen, Cardiff, Swansea, Bristol, Manchester, Liverpool,
Sheffield, Newcastle, Nottingham, Leicester, Brighton, Plymouth, Halifax, Winnipeg, Calgary, Québec, Ottawa,
Hamilton, Tacoma, Spokane, Boise, Tucson, Albuquerque, Omaha, Tulsa, Richmond, Savannah, Raleigh, Akron,
Dayton, Toledo, Madison, Duluth, Burlington, Portland, Providence, Hartford, Wellington, Dunedin, Hobart,
Geelong, Newcastle, Durban, Valparaíso, Rosario, Mendoza, Curitiba, Recife, Guadalajara, Monterrey, Puebla,
Oaxaca, Mombasa, Kumasi, İzmir, Bursa, Antalya, Tbilisi, Yerevan, Almaty, Osaka, Sapporo, Fukuoka, Busan,
Daegu, Da Nang, Cebu, Penang, Chiang Mai, Pune, Mysore, Kochi, Tartu, Kaunas, Daugavpils,
`);

export const COUNTRIES = words(`
France, Spain, Portugal, Italy, Germany, Austria, Switzerland, Belgium, the Netherlands, Denmark, Sweden,
Norway, Finland, Iceland, Ireland, the United Kingdom, Poland, the Czech Republic, Slovakia, Hungary, Romania,
Bulgaria, Greece, Croatia, Slovenia, Serbia, Estonia, Latvia, Lithuania, Ukraine, Georgia, Armenia, Turkey,
Morocco, Tunisia, Egypt, Ghana, Nigeria, Kenya, Tanzania, South Africa, Senegal, Canada, the United States,
Mexico, Colombia, Peru, Chile, Argentina, Brazil, Uruguay, Japan, South Korea, Vietnam, Thailand, Malaysia,
Indonesia, the Philippines, India, Pakistan, Bangladesh, Australia, New Zealand, Kazakhstan, Jordan, Lebanon,
Israel, Qatar, Oman, Luxembourg, Malta, Cyprus, Montenegro, Albania, North Macedonia, Moldova, Ecuador, Bolivia,
Paraguay, Costa Rica, Panama, Jamaica, Rwanda, Uganda, Ethiopia, Zambia, Namibia, Botswana, Mongolia, Nepal,
`);

// Syllables for synthesised names. Different "styles" so names do not all sound alike.
export const ANGLO_ROOTS = words(`
Ash, Bram, Cal, Dun, Elm, Fen, Gras, Hal, Kel, Lang, Mar, Nor, Oak, Pen, Ral, Stan, Thorn, Wex, Wyn, Bel, Carr,
Dal, Hart, Holl, Kirk, Lynd, Mill, Red, Rother, Sal, Shep, Stow, Tam, Wal, Whit, Brad, Chel, Ames, Bur, Crans,
Dray, Glen, Hamp, Ing, Lox, Marl, Orm, Pres, Quen, Rad, Sel, Tad, Ver, Wren, Yar, Ald, Barn, Cold, Dens, Eg,
Farn, Gold, Hay, Ick, Kings, Lea, Mel, Nether, Over, Pick, Ribble, Sand, Tilt, Ux, Wain, Bex, Chad, Dor, Eas,
Fal, Grim, Hors, Ken, Lud, Mor, Nut, Ock, Pol, Rush, Sker, Thurl, Ulls, Wad, Ayl, Bick, Clay, Ditch, Elsing,
Fox, Gains, Hem, Ips, Lid, Midd, Nun, Ot, Pud, Rook, Sheer, Tor, Wit, Brock, Cleve, Drax, Hollin, Kes, Lock,
Marsh, North, Pep, Quar, Rams, Stour, Tew, Ash, Bolt, Cran, Dent, Ever, Fell, Garth, Heath, Lang, Merri, Pad,
`);
export const ANGLO_SUFFIXES = words(`
ford, ton, bridge, wick, by, ham, field, mouth, stead, dale, holm, ville, port, bury, minster, caster, ley,
worth, combe, thorpe, haven, moor, gate, wood, brook, well, shaw, hurst, croft, den, more, side, water, ing,
stow, cliff, marsh, hill, burn, mere, wich, leigh, borough, chester, ness, over, lake, crest,
`);
export const LATIN_ONSETS = words(`
Val, Cas, Mon, Ser, Tor, Bel, Cor, Fal, Ler, Mar, Nav, Por, Ros, San, Ter, Vil, Alb, Ber, Cal, Dor, Est, Gra,
Lu, Me, Or, Pa, Qui, Ri, Sol, Ta, Ur, Ve, Zam, Ar, Bra, Ca, Fer, Lo, Mi, No, Pe, Re, Sa, Vi,
`);
export const LATIN_MIDDLES = words(`a, e, i, o, u, an, en, in, ar, er, ol, el, il, ac, ent, ell, orr, ass, iz, ad`);
export const LATIN_ENDINGS = words(`ano, ena, ora, ella, ino, ara, ia, ero, ona, ello, ada, eira, ica, oso, illa, anca, ore, ate, ès, ac`);
export const SLAVIC_ROOTS = words(`
Brz, Vel, Kras, Dob, Zlat, Mal, Nov, Star, Bel, Gor, Les, Pol, Ros, Sv, Tr, Vys, Zel, Hrad, Kam, Lip, Myst, Pod,
Rud, Sok, Vrb, Zab, Bor, Dub, Jas, Kol, Lub, Mel, Olsz, Pras, Rad, Stru, Trzy, Wol, Zdr, Kriv, Luk, Mir,
`);
export const SLAVIC_ENDINGS = words(`ovo, ice, ów, ava, ograd, insk, ovac, any, ec, ina, ovice, ište, ava, evo, ki, owo, nik, any, iče, ice`);
export const NORDIC_ROOTS = words(`
Ask, Bjør, Dal, Eid, Fjell, Gran, Hag, Hol, Kval, Lund, Mo, Nes, Ry, Sand, Skog, Sol, Sten, Tor, Vå, Ås, Berg,
Elv, Fos, Ham, Kirke, Lyng, Møl, Ny, Ro, Sjø, Strøm, Tyr, Vest, Øst, Lang, Rød, Hvid, Kalv, Bre, Grøn,
`);
export const NORDIC_ENDINGS = words(`vik, by, holm, sund, strand, stad, havn, berg, dal, fors, lund, vika, nes, vang, rud, bo, torp, köping`);
export const PLACE_PREFIXES = words(`North, East, West, South, New, Port, Saint, Upper, Lower, Great, Little, Old, Fort, Mount, Lake`);

export const BRAND_ONSETS = words(`
Vel, Nor, Kal, Zen, Quor, Ax, Bri, Cyr, Dra, Ev, Fyn, Gal, Hex, Iso, Jov, Kor, Lum, Myr, Nex, Ox, Pra, Quin,
Ryn, Syl, Tek, Ul, Vox, Wyl, Xen, Yor, Zor, Al, Ber, Cor, Del, Ex, Fal, Gen, Hal, Inno, Lyr, Mer, Nov, Omn,
Pol, Ren, Sev, Tor, Ver, Zeph, Astr, Brio, Cel, Dyn, Ep, Flo, Gri, Hyd, Ion, Kin,
`);
export const BRAND_ENDINGS = words(`
trix, vance, ora, ium, ia, ant, on, is, ara, tech, wave, line, core, sys, via, nova, lytics, ex, ix, ent,
ity, ora, eon, ara, ics, yx, ano, ette, ova, ium, ar, aro, igo, endo, ello, ica,
`);
export const INDUSTRY_SECTORS = words(`
Steel, Motors, Foods, Textiles, Chemicals, Packaging, Components, Plastics, Glassworks, Paper, Furniture,
Ceramics, Industries, Manufacturing, Metals, Automotive, Appliances, Engineering, Castings, Electronics,
`);
export const TECH_SECTORS = words(`Systems, Labs, Technologies, Robotics, Networks, Software, Digital, Devices, Computing, Dynamics, AI, Semiconductors`);
export const CORPORATE_SUFFIXES = words(`Group, Holdings, Inc., Ltd., plc, Partners, International, & Co.`);
export const PRODUCT_WORDS = words(`
Pulse, Nova, Arc, Edge, Glide, Orbit, Spark, Halo, Vertex, Flux, Echo, Prism, Drift, Summit, Atlas, Vista,
Quill, Ember, Strata, Lumen, Tide, Axis, Beacon, Comet, Delta, Fable, Grove, Harbor, Ion, Juno, Kite, Loop,
Mosaic, Nimbus, Onyx, Pixel, Quartz, Relay, Sable, Tempo, Umbra, Vector, Willow, Zephyr, Cadence, Meridian,
`);
export const CLUB_SUFFIXES = words(`United, Rovers, Athletic, City, Wanderers, FC, Town, Albion, Olympic, Rangers, Harriers, County, Dynamo`);
export const CLUB_PREFIXES = words(`Sporting, Real, Dynamo, FC, Racing, Olympique, Atlético, Union, Inter`);
export const PARTIES = words(`
Civic Renewal Party, Green Alliance, Social Democrats, People's Movement, Liberal Union, Workers' Party,
Centre Alliance, Conservative Union, Progressive Front, Citizens' List, Independent Alliance, Farmers' Party,
Christian Democrats, New Left, Regional League, Reform Party, Pirate Party, Unity Party, Freedom Party,
National Bloc, Ecology Party, Democratic Forum, Labour Alliance, Civic Platform, Moderate Party,
`);
export const STREET_TYPES = words(`Street, Road, Avenue, Lane, Way, Boulevard, Quay, Place, Terrace, Drive, Square, Row`);
export const OUTLET_TYPES = words(`Gazette, Herald, Chronicle, Tribune, Observer, Courier, Post, Echo, Times, Record, Advertiser, Mercury, Standard, Sentinel`);
export const NEWS_DOMAINS = words(`
news.example.org, example.com, daily.example.net, herald.example, localnews.example.org, regional.example.com,
citypaper.example, wire.example.net, example.org, press.example.com,
`);
export const WEEKDAYS = words(`Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday`);
export const MONTHS = words(`January, February, March, April, May, June, July, August, September, October, November, December`);
export const NUMBER_WORDS = words(`zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve`);
