import type { DataSource, EntityManager } from 'typeorm';
import type { CefrLevel, CompanySizeBand, OfferKind } from '@passgenau/domain';
import { DEMO_COMPANY } from './demo-data.seeder';

// Demo firms and offers across the Rems-Murr-Kreis (companies feature). Every name ends with
// "(Demo)"; occupations and competences are real codes of the shipped taxonomy.

const ESCO = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'passgenau:skill/';
const WRITE_GERMAN = 'http://data.europa.eu/esco/skill/52894650-9077-40f0-96d6-6f07d1a6cafa';
const SPEAK_GERMAN = 'http://data.europa.eu/esco/skill/2abb9db5-350c-444c-8292-0e0b2ce00f9a';

/** ESCO occupations by what the firms call them. */
const OCC = {
  welder: '7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  sheetMetal: '572c9810-e1ee-4f7a-a71f-820f17c0c25b',
  metalBuilder: '691ec040-f5ad-47ef-8698-03212d66dbbf',
  machinist: '898f99f7-8c0a-4212-9e58-9ab00379e5ae',
  cnc: '5c082067-ea18-4ccb-8c43-e70b18ad8120',
  industrialMechanic: '269c47e7-9017-4aa6-bce8-49e89a696a64',
  cook: '90f75f67-495d-49fa-ab57-2f320e251d7e',
  kitchenHelp: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
  kitchenPorter: 'f756fdab-7726-4c48-bfcc-94ff8810fc08',
  waiter: 'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471',
  baker: '1aadb308-432a-4d01-b54b-b4f7f76dd419',
  butcher: '37c7880e-cfee-4c41-a41b-061682fefde3',
  bakerySeller: '2e9c9404-0d86-453c-9001-3a0cd1d1323b',
  warehouse: 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
  picker: 'cd94def5-3442-4c2e-ae3d-0761a3008bcb',
  forklift: 'eeac6251-1974-42f5-91ed-513c6c883755',
  truckDriver: '45037d43-a8f5-4f46-b332-b2935bc305f4',
  deliveryDriver: '0c408028-c48f-4df8-ba5d-c3d3be15f5a2',
  careHelper: 'd38c2107-98f2-47b7-8bb4-f69750d51082',
  nurse: '8d3e8aaa-791b-4c75-a465-f3f827028f50',
  elderlyCare: '50743f62-3d5b-4ef6-b706-00d2b1adfcc3',
  homeCare: '1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
  cleaner: '303a1e34-cb16-4054-b323-81e5eec17397',
  windowCleaner: '92cba6b4-8fca-49bb-b68c-45c5096fedc9',
  roomAttendant: '731ecac4-06e8-4ec2-a559-101fecbd9183',
  laundry: '0da51178-e386-4534-ae71-15ba789ad756',
  salesAssistant: '9ba74e8a-c40c-4228-9998-eb3c7a5c11df',
  cashier: '2b871272-bd61-4206-bd1a-0b96d7023098',
  shelfFiller: 'd35f9e79-5778-43b4-8667-0e3ba1fcb19a',
  buildingMaterialsSeller: '71bac871-7594-4d86-a19f-592079bd8154',
  vineyardWorker: 'e5e3ea36-4ed9-4c57-987c-9974385551a8',
  vineyardMachines: '1fc60ca6-c3ea-4aeb-bf3b-350c0c5e7f93',
  cellarMaster: 'c56295bb-ef33-4ccd-a929-59e3dd73f876',
  picker_fruit: '373db468-bd25-4b67-a6e0-4ac79d9a9e85',
  gardenLabourer: 'a10eb17a-3c78-4f7a-a1da-8f31146339d3',
  landscapeGardener: 'e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
  horticulture: '1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883',
  forestWorker: '773cf1de-50a4-42e7-bab1-e68dcbae3f54',
  livestock: '65bd2342-f7de-4932-9164-eb480e35a791',
  factoryHand: '245be6d1-fe9a-4ac8-9f81-122a687e4724',
  packer: 'f5cb9901-86fc-48d0-9cde-667fbe8cef3a',
  injectionMoulding: '502fe307-ae65-46cb-a485-e559b9a35266',
  carPartsAssembler: '78625dd8-257b-483b-bca0-172dd9b02754',
  electronicsAssembler: '6565dc02-14e4-4819-b99c-44c352000f43',
  qualityInspector: '61d9270c-491d-438d-8d41-77ba2e0ef023',
  foodProduction: 'e3dc66de-99c7-4607-a82b-7244036d316d',
  woodMachines: '77a05858-f682-4648-baa5-9b86deeffbc1',
  sprayPainter: '7443811e-6760-44a2-af95-1b9c791733a8',
  carMechatronic: '4ad4024e-d1d3-4dea-b6d1-2c7948111dce',
  tyreFitter: '98c429ad-128e-467e-803a-9a6dc1ceed72',
  coachbuilder: '5ab842f6-1f75-4d84-bf41-b8a9799347df',
  vehiclePainter: 'a784b063-89cf-441b-9624-deed9dbdeae6',
  vehicleCleaner: '7cb71c5f-c310-481c-b46b-d0044328758c',
  agriMachines: 'f7145f87-5940-43f5-bc98-aa1a2b872b47',
  bicycleMechanic: '336cf331-8082-4a0c-bf5f-e7c54706211c',
  carpenter: '2a22ff9e-de3b-408d-b312-5034896cc4f4',
  joiner: 'e1416610-ad08-4f37-8b46-9f99632a5c0f',
  painter: '15620506-fb5d-49cd-87a2-1c9047fb406a',
  plumber: 'ed3cf43d-c2c1-4c46-82fc-1375e27e0290',
  heating: '7259dc48-004a-4ceb-aa4e-5bbd548c2397',
  tiler: '02447817-ea01-4d8b-b09c-8bc128e447e6',
  roofer: 'b4c6d1b0-929e-48be-9f67-47bd8c30658b',
  bricklayer: '05f321f8-055b-407d-bf19-e0ddabda56b7',
  plasterer: 'f4a22809-c00c-4dd0-8b09-c7251f8dcd1c',
  hairdresser: '099c6bb0-22d3-4c5d-8bf5-70910af381ef',
  tailor: '978ae3a2-0831-415a-8396-b84dde656fc5',
  constructionHelper: 'fb7e2f4f-1545-42f1-972e-94082e49c6dc',
  roadMachines: '5f68c4c3-9d25-48e2-8efc-5471a80fb155',
  concreteFinisher: 'a9068f84-cecd-4cbb-9acb-e20c714435ec',
  scaffolder: '18fa8080-3156-429a-bbd7-b3ef559b6721',
  excavator: 'eedbf8b1-9432-4f42-ab7f-db5cd3eb2a05',
  electrician: '5dbb9cf0-b226-402c-a295-2f42ef05ff8b',
  industrialElectrician: '5df63943-f1bc-4438-90f1-92768a7a23c8',
  solar: '75b63949-1b93-4bf2-a777-ccf978dc3e8a',
  officeClerk: '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2',
  childCare: '3f74aad8-2d60-4be2-b059-8dba5568d530',
  security: '31808988-fc0a-4bc3-9e47-27216d6759f5',
  caretaker: '1822bfc2-e735-449f-ba00-ca71eb5c062b',
  refuseCollector: 'e54683ca-1fc9-468d-b880-6544ff6b7d0b',
  recycling: '4ed9ce62-75d4-4b05-80d4-e86528fecdcd',
  receptionist: '82025c02-9082-416c-998b-f51eb0359ee6',
  busDriver: '00cee175-1376-43fb-9f02-ba3d7a910a58',
} as const;

const T = {
  alfdorf: '08119001',
  allmersbach: '08119003',
  althuette: '08119004',
  auenwald: '08119006',
  backnang: '08119008',
  burgstetten: '08119018',
  fellbach: '08119020',
  grosserlach: '08119024',
  kaisersbach: '08119037',
  kirchberg: '08119038',
  korb: '08119041',
  leutenbach: '08119042',
  murrhardt: '08119044',
  oppenweiler: '08119053',
  pluederhausen: '08119055',
  rudersberg: '08119061',
  schorndorf: '08119067',
  schwaikheim: '08119068',
  spiegelberg: '08119069',
  sulzbach: '08119075',
  urbach: '08119076',
  waiblingen: '08119079',
  weissach: '08119083',
  welzheim: '08119084',
  winnenden: '08119085',
  winterbach: '08119086',
  aspach: '08119087',
  berglen: '08119089',
  remshalden: '08119090',
  weinstadt: '08119091',
  kernen: '08119093',
} as const;

interface DemoOffer {
  kind: OfferKind;
  title: string;
  occupation: keyof typeof OCC;
  german?: { overall?: CefrLevel; understanding?: CefrLevel; speaking?: CefrLevel; writing?: CefrLevel };
  skills?: string[];
  niceSkills?: string[];
  helpful?: string[];
  careerChangers?: boolean;
  hours?: number;
  weeks?: number;
  places?: number;
  /** Start: `sept` = the next 1 September (apprenticeships), else days from today; none = by arrangement. */
  start?: 'sept' | number;
  description?: string;
}

interface DemoFirm {
  name: string;
  legalForm: string;
  wz: string;
  size: CompanySizeBand;
  town: string;
  street: string;
  postalCode: string;
  description: string;
  descriptionLang?: string;
  website?: string;
  languages: string[];
  tours?: boolean;
  openHouse?: boolean;
  interpretersWelcome?: boolean;
  needsInterpreters?: boolean;
  /** Opted in to the showcase with this story; `confirmed` = IBA staff marked the firm. */
  showcase?: { story: string; confirmed: boolean };
  employsRefugees?: boolean;
  offers: DemoOffer[];
}

const ausbildung = (
  title: string,
  occupation: keyof typeof OCC,
  extra: Partial<DemoOffer> = {},
): DemoOffer => ({
  kind: 'apprenticeship',
  title: `Ausbildung ${title}`,
  occupation,
  start: 'sept',
  german: { overall: 'B1' },
  careerChangers: true,
  hours: 39,
  ...extra,
});
const job = (title: string, occupation: keyof typeof OCC, extra: Partial<DemoOffer> = {}): DemoOffer => ({
  kind: 'job',
  title,
  occupation,
  start: 14,
  hours: 40,
  german: { overall: 'A2' },
  ...extra,
});
const praktikum = (
  title: string,
  occupation: keyof typeof OCC,
  extra: Partial<DemoOffer> = {},
): DemoOffer => ({
  kind: 'internship',
  title: `Praktikum ${title}`,
  occupation,
  start: 21,
  weeks: 4,
  hours: 35,
  german: { overall: 'A2' },
  careerChangers: true,
  ...extra,
});
const eq = (title: string, occupation: keyof typeof OCC, extra: Partial<DemoOffer> = {}): DemoOffer => ({
  kind: 'eq',
  title: `Einstiegsqualifizierung (EQ) ${title}`,
  occupation,
  start: 30,
  weeks: 39,
  hours: 38,
  german: { overall: 'A2' },
  careerChangers: true,
  ...extra,
});

/** The demo employer's firm (created with the demo accounts): its profile and offers. */
export const DEMO_EMPLOYER_FIRM: DemoFirm = {
  name: DEMO_COMPANY,
  legalForm: 'GmbH',
  wz: 'C',
  size: '10-49',
  town: T.waiblingen,
  street: 'Industriestraße 14',
  postalCode: '71334',
  description:
    'Familienbetrieb für Stahl- und Metallbau seit 1978: Treppen, Geländer, Überdachungen und Stahlkonstruktionen für Gewerbe und private Bauherren im Remstal. Wir bilden jedes Jahr aus und haben Kolleginnen und Kollegen aus sieben Ländern.',
  website: 'https://metallbau-remstal.example',
  languages: ['de', 'tr', 'ar', 'hr'],
  tours: true,
  openHouse: true,
  interpretersWelcome: true,
  showcase: {
    story:
      'Seit 2016 haben bei uns vier Geflüchtete ihre Ausbildung zum Metallbauer abgeschlossen; drei sind heute Gesellen im Betrieb.',
    confirmed: true,
  },
  offers: [
    ausbildung('Metallbauer/in Konstruktionstechnik', 'metalBuilder', {
      places: 2,
      skills: [`${SKILL}use-power-tools`, `${SKILL}read-standard-blueprints`],
      niceSkills: [`${SKILL}operate-welding-equipment`, WRITE_GERMAN],
      helpful: ['ar', 'tr'],
      description:
        'Drei Jahre und sechs Monate, Berufsschule in Waiblingen. Sie lernen Schweißen, Montieren und das Lesen technischer Zeichnungen. Ein Praktikum vorher ist möglich.',
    }),
    job('Schweißer/in (MAG) in Vollzeit', 'welder', {
      german: { overall: 'A2', speaking: 'B1' },
      skills: [`${SKILL}perform-metal-active-gas-welding`, `${SKILL}wear-appropriate-protective-gear`],
      helpful: ['ar'],
      description:
        'Schweißen von Bauteilen in der Werkstatt, Schweißnachweis erwünscht, Einarbeitung durch erfahrene Kollegen.',
    }),
    praktikum('in der Metallwerkstatt', 'metalBuilder', {
      weeks: 2,
      german: { overall: 'A1' },
      description:
        'Zwei Wochen mitarbeiten und den Beruf kennenlernen. Arbeitskleidung und Sicherheitsschuhe stellen wir.',
    }),
    eq('Metallbau', 'metalBuilder', { places: 1 }),
  ],
};

// A data table: one firm per block, kept compact.
// prettier-ignore
export const DEMO_FIRMS: DemoFirm[] = [
  {
    name: 'Schweißtechnik Schorndorf GmbH (Demo)', legalForm: 'GmbH', wz: 'C', size: '50-249', town: T.schorndorf, street: 'Gmünder Straße 41', postalCode: '73614',
    description: 'Lohnschweißerei und Stahlbau für Maschinenbaukunden in der Region.', languages: ['de', 'ru', 'ro'], tours: true, employsRefugees: true,
    offers: [job('Schweißer/in WIG/MAG', 'welder', { places: 3, skills: [`${SKILL}perform-tungsten-inert-gas-welding`], german: { overall: 'A2' } }), ausbildung('Konstruktionsmechaniker/in', 'sheetMetal')],
  },
  {
    name: 'Präzisionsteile Winnenden GmbH (Demo)', legalForm: 'GmbH', wz: 'C', size: '50-249', town: T.winnenden, street: 'Max-Eyth-Straße 8', postalCode: '71364',
    description: 'CNC-Drehteile und Frästeile für die Automobil- und Medizintechnik.', languages: ['de', 'it', 'el'], tours: true, openHouse: true,
    offers: [ausbildung('Zerspanungsmechaniker/in', 'machinist', { places: 2 }), job('Maschinenbediener/in CNC (Schichtarbeit)', 'cnc', { german: { overall: 'A2', understanding: 'B1' } }), job('Qualitätsprüfer/in Wareneingang', 'qualityInspector', { german: { overall: 'B1', writing: 'B1' } })],
  },
  {
    name: 'Autohaus Remstal Weinstadt GmbH & Co. KG (Demo)', legalForm: 'GmbH & Co. KG', wz: 'G', size: '50-249', town: T.weinstadt, street: 'Stuttgarter Straße 120', postalCode: '71384',
    description: 'Vertragswerkstatt und Autohaus mit Karosserie- und Lackabteilung.', languages: ['de', 'tr', 'en'], openHouse: true,
    showcase: { story: 'Zwei junge Männer aus Syrien und Afghanistan sind bei uns Kfz-Mechatroniker geworden – einer leitet heute die Reifenannahme.', confirmed: true },
    offers: [ausbildung('Kfz-Mechatroniker/in', 'carMechatronic', { places: 3, skills: [`${SKILL}execute-vehicle-maintenance`] }), ausbildung('Fahrzeuglackierer/in', 'vehiclePainter'), job('Reifenmonteur/in (Saison)', 'tyreFitter', { german: { overall: 'A1' }, weeks: 10, skills: [`${SKILL}replace-tyres`] })],
  },
  {
    name: 'Karosseriebau Fellbach KG (Demo)', legalForm: 'KG', wz: 'G', size: '10-49', town: T.fellbach, street: 'Schorndorfer Straße 77', postalCode: '70736',
    description: 'Unfallinstandsetzung, Karosseriebau und Fahrzeugaufbereitung.', languages: ['de', 'hr', 'sr'],
    offers: [ausbildung('Karosserie- und Fahrzeugbaumechaniker/in', 'coachbuilder'), job('Fahrzeugaufbereiter/in', 'vehicleCleaner', { german: { overall: 'A1' }, careerChangers: true, skills: [`${SKILL}wash-vehicles`, `${SKILL}clean-vehicle-interiors`] })],
  },
  {
    name: 'Zweirad Kernen e.K. (Demo)', legalForm: 'e.K.', wz: 'G', size: '1-9', town: T.kernen, street: 'Rommelshauser Straße 5', postalCode: '71394',
    description: 'Fahrradladen mit Werkstatt, E-Bikes und Lastenräder.', languages: ['de', 'en', 'fa'], tours: true, interpretersWelcome: true,
    offers: [praktikum('Fahrradwerkstatt', 'bicycleMechanic', { german: { overall: 'A1' }, helpful: ['fa', 'ar'] })],
  },
  {
    name: 'Landtechnik Aspach GmbH (Demo)', legalForm: 'GmbH', wz: 'G', size: '10-49', town: T.aspach, street: 'Backnanger Straße 60', postalCode: '71546',
    description: 'Verkauf und Reparatur von Traktoren, Weinbau- und Kommunalmaschinen.', languages: ['de'], openHouse: true,
    offers: [ausbildung('Land- und Baumaschinenmechatroniker/in', 'agriMachines', { german: { overall: 'B1' } })],
  },
  {
    name: 'Holzbau Welzheimer Wald GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '10-49', town: T.welzheim, street: 'Gschwender Straße 22', postalCode: '73642',
    description: 'Zimmerei und Holzbau mit Holz aus dem Schwäbischen Wald: Dachstühle, Holzhäuser, Sanierung.', languages: ['de', 'pl'], tours: true,
    showcase: { story: 'Unser Zimmerergeselle Yonas kam 2015 aus Eritrea; heute macht er seinen Meister.', confirmed: true },
    offers: [ausbildung('Zimmerer/Zimmerin', 'carpenter', { places: 2, skills: [`${SKILL}follow-safety-procedures-when-working-at-heights`] }), job('Helfer/in Holzbau', 'constructionHelper', { german: { overall: 'A1' }, careerChangers: true })],
  },
  {
    name: 'Schreinerei Holzwerk Rudersberg (Demo)', legalForm: 'GmbH', wz: 'C', size: '1-9', town: T.rudersberg, street: 'Welzheimer Straße 3', postalCode: '73635',
    description: 'Möbel nach Maß, Küchen und Innenausbau.', languages: ['de'], tours: true,
    offers: [ausbildung('Tischler/in', 'joiner'), praktikum('Schreinerei', 'woodMachines', { weeks: 3 })],
  },
  {
    name: 'Malerbetrieb Farbenfroh Backnang (Demo)', legalForm: 'e.K.', wz: 'F', size: '10-49', town: T.backnang, street: 'Stuttgarter Straße 30', postalCode: '71522',
    description: 'Maler- und Lackierarbeiten, Fassaden, Wärmedämmung.', languages: ['de', 'it', 'ar'], interpretersWelcome: true, employsRefugees: true,
    offers: [ausbildung('Maler/in und Lackierer/in', 'painter', { german: { overall: 'A2' }, skills: [`${SKILL}paint-surfaces`] }), eq('Malerhandwerk', 'painter')],
  },
  {
    name: 'Haustechnik Leutenbach GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '10-49', town: T.leutenbach, street: 'Winnender Straße 12', postalCode: '71397',
    description: 'Heizung, Sanitär, Wärmepumpen und Badsanierung.', languages: ['de', 'tr'], openHouse: true,
    offers: [ausbildung('Anlagenmechaniker/in Sanitär-, Heizungs- und Klimatechnik', 'heating', { places: 2 }), job('Installateur/in Sanitär', 'plumber', { german: { overall: 'B1' } })],
  },
  {
    name: 'Elektro Remseck & Söhne GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '10-49', town: T.remshalden, street: 'Bahnhofstraße 19', postalCode: '73630',
    description: 'Elektroinstallation, Photovoltaik und Smart Home für Privat und Gewerbe.', languages: ['de', 'uk'],
    showcase: { story: 'Seit 2022 arbeiten zwei Elektriker aus der Ukraine bei uns; die Anerkennung ihrer Abschlüsse haben wir gemeinsam geschafft.', confirmed: false },
    offers: [ausbildung('Elektroniker/in für Energie- und Gebäudetechnik', 'electrician', { german: { overall: 'B1', writing: 'A2' } }), job('Solarmonteur/in', 'solar', { helpful: ['uk', 'ru'], careerChangers: true })],
  },
  {
    name: 'Fliesen Urbach GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '1-9', town: T.urbach, street: 'Hauptstraße 88', postalCode: '73660',
    description: 'Fliesen, Naturstein und barrierefreie Bäder.', languages: ['de', 'it'],
    offers: [ausbildung('Fliesen-, Platten- und Mosaikleger/in', 'tiler', { german: { overall: 'A2' } })],
  },
  {
    name: 'Dachdeckerei Oppenweiler (Demo)', legalForm: 'GmbH', wz: 'F', size: '10-49', town: T.oppenweiler, street: 'Backnanger Straße 2', postalCode: '71570',
    description: 'Steildach, Flachdach, Spenglerarbeiten.', languages: ['de'],
    offers: [ausbildung('Dachdecker/in', 'roofer', { skills: [`${SKILL}follow-safety-procedures-when-working-at-heights`] })],
  },
  {
    name: 'Bauunternehmung Murrtal GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '50-249', town: T.murrhardt, street: 'Fornsbacher Straße 40', postalCode: '71540',
    description: 'Hoch- und Tiefbau, Rohbau und Sanierung im Murrtal.', languages: ['de', 'ro', 'pl', 'tr'], tours: true, employsRefugees: true,
    offers: [
      ausbildung('Maurer/in', 'bricklayer', { places: 3, skills: [`${SKILL}lay-bricks`, `${SKILL}work-in-a-construction-team`] }),
      job('Bauhelfer/in', 'constructionHelper', { german: { overall: 'A1' }, careerChangers: true, places: 4, helpful: ['ar', 'ro'] }),
      job('Baggerfahrer/in', 'excavator', { german: { overall: 'A2' } }),
    ],
  },
  {
    name: 'Straßenbau Sulzbach GmbH (Demo)', legalForm: 'GmbH', wz: 'F', size: '50-249', town: T.sulzbach, street: 'Industriegebiet 5', postalCode: '71560',
    description: 'Straßen- und Wegebau, Pflasterarbeiten, Kanalbau.', languages: ['de', 'pt'],
    offers: [job('Straßenbauhelfer/in', 'roadMachines', { german: { overall: 'A1' }, careerChangers: true }), job('Betonbauer/in', 'concreteFinisher')],
  },
  {
    name: 'Gerüstbau Kirchberg (Demo)', legalForm: 'GmbH', wz: 'F', size: '10-49', town: T.kirchberg, street: 'Gewerbestraße 9', postalCode: '71737',
    description: 'Fassaden- und Industriegerüste.', languages: ['de', 'ar', 'ku'], interpretersWelcome: true,
    offers: [job('Gerüstbauhelfer/in', 'scaffolder', { german: { overall: 'A1' }, careerChangers: true, helpful: ['ar', 'ku'] })],
  },
  {
    name: 'Spedition Backnang Logistik GmbH (Demo)', legalForm: 'GmbH', wz: 'H', size: '250+', town: T.backnang, street: 'Sulzbacher Straße 100', postalCode: '71522',
    description: 'Kontraktlogistik und Nahverkehr für Handel und Industrie, Lager mit 40.000 Palettenplätzen.', languages: ['de', 'tr', 'ru', 'ar', 'ti'], tours: true, openHouse: true,
    showcase: { story: 'In unserem Lager arbeiten heute 30 Menschen, die als Geflüchtete nach Deutschland kamen; viele haben bei uns den Staplerschein gemacht.', confirmed: true },
    offers: [
      ausbildung('Fachkraft für Lagerlogistik', 'warehouse', { places: 4, german: { overall: 'A2', writing: 'A2' } }),
      job('Kommissionierer/in (Früh-/Spätschicht)', 'picker', { german: { overall: 'A1' }, places: 6, skills: [`${SKILL}pick-orders-for-dispatching`, `${SKILL}use-barcode-scanning-equipment`], helpful: ['ar', 'ti'] }),
      job('Staplerfahrer/in', 'forklift', { skills: [`${SKILL}operate-forklift`] }),
      job('Berufskraftfahrer/in CE Nahverkehr', 'truckDriver', { german: { overall: 'B1', speaking: 'B1' } }),
    ],
  },
  {
    name: 'Paketdienst Waiblingen Süd (Demo)', legalForm: 'GmbH', wz: 'H', size: '50-249', town: T.waiblingen, street: 'Neustädter Straße 60', postalCode: '71336',
    description: 'Zustellung von Paketen im Rems-Murr-Kreis.', languages: ['de', 'ar', 'fa', 'uk'],
    offers: [job('Paketzusteller/in (Führerschein B)', 'deliveryDriver', { german: { overall: 'A2' }, places: 5, helpful: ['ar', 'fa', 'uk'] })],
  },
  {
    name: 'Getränkelogistik Schwaikheim (Demo)', legalForm: 'GmbH', wz: 'H', size: '10-49', town: T.schwaikheim, street: 'Ludwigsburger Straße 25', postalCode: '71409',
    description: 'Getränkegroßhandel und Belieferung der Gastronomie.', languages: ['de'],
    offers: [job('Lagerhelfer/in', 'warehouse', { german: { overall: 'A1' }, skills: [`${SKILL}lift-heavy-weights`] }), eq('Lagerlogistik', 'warehouse')],
  },
  {
    name: 'Seniorenzentrum Am Stadtgarten Schorndorf (Demo)', legalForm: 'gGmbH', wz: 'Q', size: '50-249', town: T.schorndorf, street: 'Karlstraße 12', postalCode: '73614',
    description: 'Pflegeheim mit 120 Plätzen, Tagespflege und betreutem Wohnen.', languages: ['de', 'ru', 'pl', 'ar', 'tr'], openHouse: true, interpretersWelcome: true,
    showcase: { story: 'Fast ein Drittel unseres Pflegeteams hat eine Fluchtgeschichte. Wir begleiten die Pflegehelferausbildung mit Sprachkursen im Haus.', confirmed: true },
    offers: [
      ausbildung('Pflegefachfrau/Pflegefachmann', 'nurse', { places: 4, german: { overall: 'B2' }, hours: 38.5 }),
      ausbildung('Altenpflegehelfer/in (1 Jahr)', 'careHelper', { german: { overall: 'B1' }, places: 3 }),
      job('Betreuungskraft (§ 43b SGB XI)', 'elderlyCare', { german: { overall: 'B1', speaking: 'B1' }, hours: 30, skills: [`${SKILL}tend-to-elderly-people`] }),
      praktikum('in der Pflege', 'careHelper', { german: { overall: 'A2' } }),
    ],
  },
  {
    name: 'Pflegeheim Haus Lindenhof Backnang (Demo)', legalForm: 'e.V.', wz: 'Q', size: '50-249', town: T.backnang, street: 'Lindenstraße 4', postalCode: '71522',
    description: 'Stationäre Pflege und Kurzzeitpflege in der Backnanger Innenstadt.', languages: ['de', 'hr', 'ro'],
    offers: [job('Pflegehelfer/in (Teilzeit möglich)', 'careHelper', { hours: 30, german: { overall: 'B1' }, skills: [`${SKILL}support-nurses`] }), eq('Pflege', 'careHelper', { german: { overall: 'A2' } })],
  },
  {
    name: 'Ambulanter Pflegedienst Winnenden (Demo)', legalForm: 'GmbH', wz: 'Q', size: '10-49', town: T.winnenden, street: 'Marktstraße 30', postalCode: '71364',
    description: 'Häusliche Pflege und Alltagshilfe in Winnenden, Leutenbach und Schwaikheim.', languages: ['de', 'uk', 'ru'],
    offers: [job('Alltagshelfer/in in der häuslichen Versorgung', 'homeCare', { german: { overall: 'B1' }, hours: 25, helpful: ['uk', 'ru'] })],
  },
  {
    name: 'Kita Sonnenschein Fellbach (Demo)', legalForm: 'e.V.', wz: 'P', size: '10-49', town: T.fellbach, street: 'Esslinger Straße 11', postalCode: '70734',
    description: 'Kindertagesstätte mit sechs Gruppen, mehrsprachiges Team.', languages: ['de', 'en', 'ar', 'tr', 'uk'], openHouse: true,
    offers: [praktikum('in der Kita', 'childCare', { german: { overall: 'B1' }, weeks: 6 })],
  },
  {
    name: 'Gebäudereinigung Rems-Murr GmbH (Demo)', legalForm: 'GmbH', wz: 'N', size: '250+', town: T.waiblingen, street: 'Alte Bundesstraße 44', postalCode: '71332',
    description: 'Unterhaltsreinigung für Büros, Schulen und Praxen im ganzen Kreis.', languages: ['de', 'tr', 'ar', 'ti', 'so', 'fa'], tours: true, interpretersWelcome: true, employsRefugees: true,
    showcase: { story: 'Wir bilden seit 2018 Gebäudereiniger aus – unsere ersten Azubis aus Gambia und Syrien sind heute Objektleiter.', confirmed: true },
    offers: [
      ausbildung('Gebäudereiniger/in', 'cleaner', { german: { overall: 'A2' }, places: 2 }),
      job('Reinigungskraft (Teilzeit, abends)', 'cleaner', { german: { overall: 'A1' }, hours: 20, places: 8, careerChangers: true, skills: [`${SKILL}perform-cleaning-duties`, `${SKILL}clean-building-floors`], helpful: ['ar', 'fa', 'ti'] }),
      job('Glasreiniger/in', 'windowCleaner', { german: { overall: 'A2' } }),
    ],
  },
  {
    name: 'Textilpflege Allmersbach (Demo)', legalForm: 'e.K.', wz: 'S', size: '10-49', town: T.allmersbach, street: 'Heutensbacher Straße 7', postalCode: '71573',
    description: 'Wäscherei für Hotels, Pflegeheime und Gastronomie.', languages: ['de', 'ro', 'ar'],
    offers: [job('Mitarbeiter/in Wäscherei', 'laundry', { german: { overall: 'A1' }, careerChangers: true, skills: [`${SKILL}wash-the-laundry`, `${SKILL}iron-textiles`] })],
  },
  {
    name: 'Landgasthof Krone Althütte (Demo)', legalForm: 'GbR', wz: 'I', size: '10-49', town: T.althuette, street: 'Hauptstraße 15', postalCode: '71566',
    description: 'Schwäbische Küche, Biergarten und 12 Gästezimmer.', languages: ['de', 'it'],
    offers: [ausbildung('Koch/Köchin', 'cook', { german: { overall: 'A2' } }), job('Küchenhilfe (Wochenende)', 'kitchenHelp', { german: { overall: 'A1' }, hours: 16 }), job('Zimmermädchen/Roomboy', 'roomAttendant', { german: { overall: 'A1' }, hours: 25 })],
  },
  {
    name: 'Restaurant Zum Remstal Weinstadt (Demo)', legalForm: 'GmbH', wz: 'I', size: '10-49', town: T.weinstadt, street: 'Marktstraße 2', postalCode: '71384',
    description: 'Restaurant mit regionaler Küche und Weinen aus dem Remstal.', languages: ['de', 'en', 'es'], tours: true,
    offers: [ausbildung('Fachkraft für Gastronomie', 'waiter', { german: { overall: 'B1', speaking: 'B1' } }), job('Spülkraft', 'kitchenPorter', { german: { overall: 'A1' }, skills: [`${SKILL}wash-the-dishes`, `${SKILL}operate-dishwashing-machine`] })],
  },
  {
    name: 'Hotel am Schlosspark Winnenden (Demo)', legalForm: 'GmbH', wz: 'I', size: '50-249', town: T.winnenden, street: 'Schlossstraße 9', postalCode: '71364',
    description: 'Conference hotel with 80 rooms and a restaurant. Our team speaks German, English, French and Arabic; we train receptionists and housekeeping staff.', descriptionLang: 'en', languages: ['de', 'en', 'fr', 'ar'],
    offers: [ausbildung('Hotelfachmann/-frau', 'receptionist', { german: { overall: 'B1' }, helpful: ['en'] }), job('Housekeeping (Teilzeit)', 'roomAttendant', { german: { overall: 'A1' }, hours: 25, skills: [`${SKILL}clean-rooms`] })],
  },
  {
    name: 'Großküche Rems-Murr Catering (Demo)', legalForm: 'GmbH', wz: 'I', size: '50-249', town: T.korb, street: 'Waiblinger Straße 50', postalCode: '71404',
    description: 'Essen für Schulen, Kitas und Kantinen, 3.000 Essen am Tag.', languages: ['de', 'ar', 'tr', 'fa'], tours: true, employsRefugees: true,
    offers: [
      job('Küchenhelfer/in Frühschicht', 'kitchenHelp', { german: { overall: 'A1' }, places: 4, skills: [`${SKILL}comply-with-food-safety-and-hygiene`], helpful: ['ar', 'fa'] }),
      eq('Küche', 'cook'),
      praktikum('Großküche', 'kitchenHelp', { weeks: 2, german: { overall: 'A1' } }),
    ],
  },
  {
    name: 'Bäckerei Laible Plüderhausen (Demo)', legalForm: 'e.K.', wz: 'C', size: '50-249', town: T.pluederhausen, street: 'Hauptstraße 40', postalCode: '73655',
    description: 'Handwerksbäckerei mit 14 Filialen im Remstal.', languages: ['de', 'el'],
    offers: [ausbildung('Bäcker/in', 'baker', { german: { overall: 'A2' }, skills: [`${SKILL}bake-goods`] }), ausbildung('Fachverkäufer/in im Lebensmittelhandwerk (Bäckerei)', 'bakerySeller', { german: { overall: 'B1', speaking: 'B1' } })],
  },
  {
    name: 'Metzgerei Häfele Rudersberg (Demo)', legalForm: 'e.K.', wz: 'C', size: '10-49', town: T.rudersberg, street: 'Backnanger Straße 10', postalCode: '73635',
    description: 'Metzgerei mit eigener Schlachtung und Partyservice.', languages: ['de'],
    offers: [ausbildung('Fleischer/in', 'butcher', { german: { overall: 'A2' } })],
  },
  {
    name: 'Feinkost Manufaktur Burgstetten (Demo)', legalForm: 'GmbH', wz: 'C', size: '50-249', town: T.burgstetten, street: 'Gewerbegebiet Erbstetten 3', postalCode: '71576',
    description: 'Herstellung von Feinkostsalaten und Suppen für den Handel.', languages: ['de', 'ro', 'bg', 'ar'],
    offers: [job('Produktionshelfer/in Lebensmittel', 'foodProduction', { german: { overall: 'A1' }, places: 5, careerChangers: true, skills: [`${SKILL}follow-hygienic-procedures-during-food-processing`] }), job('Verpacker/in', 'packer', { german: { overall: 'A1' } })],
  },
  {
    name: 'Weingut Rössle Strümpfelbach (Demo)', legalForm: 'GbR', wz: 'A', size: '10-49', town: T.weinstadt, street: 'Hauptstraße 61', postalCode: '71384',
    description: 'Familienweingut in Strümpfelbach: Trollinger, Lemberger und Riesling von den Steillagen des Remstals.', languages: ['de', 'ro', 'pl'], tours: true, openHouse: true,
    showcase: { story: 'Bei der Lese und im Keller arbeiten bei uns seit Jahren Menschen aus Afghanistan und Syrien mit – zwei sind als Weinbaugehilfen geblieben.', confirmed: true },
    offers: [
      job('Erntehelfer/in Weinlese (September–Oktober)', 'vineyardWorker', { german: { overall: 'A1' }, weeks: 6, places: 10, careerChangers: true, skills: [`${SKILL}harvest-grapes`] }),
      ausbildung('Winzer/in', 'cellarMaster', { german: { overall: 'B1' } }),
    ],
  },
  {
    name: 'Weinbau Korber Kopf (Demo)', legalForm: 'GbR', wz: 'A', size: '1-9', town: T.korb, street: 'Brunnenstraße 12', postalCode: '71404',
    description: 'Weinbau am Korber Kopf, Besenwirtschaft im Frühjahr.', languages: ['de'], tours: true,
    offers: [job('Helfer/in im Weinberg (Rebschnitt)', 'vineyardWorker', { german: { overall: 'A1' }, hours: 30, skills: [`${SKILL}tend-vines`, `${SKILL}prune-plants`], weeks: 12 })],
  },
  {
    name: 'Remstalkellerei Kernen eG (Demo)', legalForm: 'eG', wz: 'C', size: '50-249', town: T.kernen, street: 'Kaiserstraße 13', postalCode: '71394',
    description: 'Genossenschaftskellerei mit 300 Wengertern im Remstal.', languages: ['de', 'en'], tours: true,
    offers: [job('Maschinenführer/in Weinbau', 'vineyardMachines', { german: { overall: 'A2' } }), job('Mitarbeiter/in Abfüllung', 'packer', { german: { overall: 'A1' } })],
  },
  {
    name: 'Obsthof Berglen (Demo)', legalForm: 'GbR', wz: 'A', size: '1-9', town: T.berglen, street: 'Hofstraße 4', postalCode: '73663',
    description: 'Äpfel, Birnen, Kirschen und Hofladen.', languages: ['de', 'ro'],
    offers: [job('Erntehelfer/in Obst', 'picker_fruit', { german: { overall: 'A1' }, weeks: 8, places: 6, careerChangers: true })],
  },
  {
    name: 'Gärtnerei Grünwerk Winterbach (Demo)', legalForm: 'GmbH', wz: 'A', size: '10-49', town: T.winterbach, street: 'Remsstraße 20', postalCode: '73650',
    description: 'Zierpflanzen, Gemüsejungpflanzen und Garten-Center.', languages: ['de', 'fa', 'ar'], tours: true, interpretersWelcome: true,
    offers: [ausbildung('Gärtner/in Zierpflanzenbau', 'horticulture', { german: { overall: 'A2' } }), praktikum('Gärtnerei', 'horticulture', { german: { overall: 'A1' }, helpful: ['fa', 'ar'] })],
  },
  {
    name: 'Garten- und Landschaftsbau Auenwald (Demo)', legalForm: 'GmbH', wz: 'N', size: '10-49', town: T.auenwald, street: 'Lippoldsweiler Straße 5', postalCode: '71549',
    description: 'Gartenanlage, Pflasterarbeiten und Grünpflege.', languages: ['de', 'tr', 'ar'], employsRefugees: true,
    offers: [ausbildung('Landschaftsgärtner/in', 'landscapeGardener', { german: { overall: 'A2' }, places: 2 }), job('Helfer/in Grünpflege', 'gardenLabourer', { german: { overall: 'A1' }, skills: [`${SKILL}work-in-outdoor-conditions`] })],
  },
  {
    name: 'Forstbetrieb Schwäbischer Wald (Demo)', legalForm: 'GmbH', wz: 'A', size: '10-49', town: T.kaisersbach, street: 'Ebnisee 1', postalCode: '73667',
    description: 'Holzernte, Waldpflege und Brennholz im Schwäbisch-Fränkischen Wald.', languages: ['de'],
    offers: [ausbildung('Forstwirt/in', 'forestWorker', { german: { overall: 'A2' } })],
  },
  {
    name: 'Milchviehbetrieb Großerlach (Demo)', legalForm: 'GbR', wz: 'A', size: '1-9', town: T.grosserlach, street: 'Grab 12', postalCode: '71577',
    description: 'Milchviehbetrieb mit 120 Kühen und Biogasanlage.', languages: ['de'],
    offers: [job('Mitarbeiter/in Tierhaltung', 'livestock', { german: { overall: 'A1' }, skills: [`${SKILL}feed-livestock`, `${SKILL}milk-animals`] })],
  },
  {
    name: 'Ziegenhof Spiegelberg (Demo)', legalForm: 'GbR', wz: 'A', size: '1-9', town: T.spiegelberg, street: 'Jux 3', postalCode: '71579',
    description: 'Ziegenkäserei und Hofladen.', languages: ['de', 'en'], tours: true,
    offers: [praktikum('auf dem Bauernhof', 'livestock', { german: { overall: 'A1' }, weeks: 2 })],
  },
  {
    name: 'Kunststofftechnik Weissach GmbH (Demo)', legalForm: 'GmbH', wz: 'C', size: '50-249', town: T.weissach, street: 'Industriestraße 2', postalCode: '71554',
    description: 'Spritzguss für Haushaltsgeräte und Automobilzulieferer.', languages: ['de', 'tr', 'ru', 'ar'], openHouse: true,
    offers: [job('Maschinenbediener/in Spritzguss (3-Schicht)', 'injectionMoulding', { german: { overall: 'A2' }, places: 3 }), eq('Kunststofftechnik', 'injectionMoulding')],
  },
  {
    name: 'Autozulieferer Remstal Components (Demo)', legalForm: 'GmbH', wz: 'C', size: '250+', town: T.schorndorf, street: 'Röhrachstraße 18', postalCode: '73614',
    description: 'Baugruppen und Kabelsätze für Nutzfahrzeuge.', languages: ['de', 'it', 'tr', 'ar', 'uk'], tours: true, openHouse: true, interpretersWelcome: true,
    showcase: { story: 'Unser Programm "Ankommen in Arbeit" hat seit 2016 über 40 Geflüchtete in feste Stellen gebracht.', confirmed: false },
    offers: [
      job('Montagemitarbeiter/in', 'carPartsAssembler', { german: { overall: 'A1' }, places: 10, careerChangers: true, skills: [`${SKILL}work-in-assembly-line-teams`] }),
      ausbildung('Industriemechaniker/in', 'industrialMechanic', { places: 3 }),
      ausbildung('Elektroniker/in für Betriebstechnik', 'industrialElectrician'),
    ],
  },
  {
    name: 'Elektronikfertigung Alfdorf GmbH (Demo)', legalForm: 'GmbH', wz: 'C', size: '10-49', town: T.alfdorf, street: 'Haghofer Straße 6', postalCode: '73553',
    description: 'Bestückung und Montage elektronischer Baugruppen.', languages: ['de', 'vi'],
    offers: [job('Elektronikmonteur/in', 'electronicsAssembler', { german: { overall: 'A2' }, careerChangers: true })],
  },
  {
    name: 'Möbelwerk Murrhardt (Demo)', legalForm: 'GmbH & Co. KG', wz: 'C', size: '50-249', town: T.murrhardt, street: 'Walterichstraße 50', postalCode: '71540',
    description: 'Serienmöbel und Ladenbau.', languages: ['de', 'pl', 'ar'], tours: true,
    offers: [ausbildung('Holzmechaniker/in', 'woodMachines'), job('Lackierer/in Möbel', 'sprayPainter', { german: { overall: 'A2' } }), job('Produktionshelfer/in', 'factoryHand', { german: { overall: 'A1' }, places: 3 })],
  },
  {
    name: 'Baumarkt Rems-Murr Waiblingen (Demo)', legalForm: 'GmbH', wz: 'G', size: '50-249', town: T.waiblingen, street: 'Ruhrstraße 3', postalCode: '71332',
    description: 'Bau- und Gartenmarkt mit Holzzuschnitt.', languages: ['de', 'tr', 'hr'],
    offers: [ausbildung('Verkäufer/in', 'salesAssistant', { german: { overall: 'B1', speaking: 'B1' } }), job('Fachberater/in Baustoffe', 'buildingMaterialsSeller', { german: { overall: 'B1' } }), job('Warenverräumer/in (Frühschicht)', 'shelfFiller', { german: { overall: 'A1' }, hours: 25, skills: [`${SKILL}stock-shelves`] })],
  },
  {
    name: 'Supermarkt Frischeparadies Backnang (Demo)', legalForm: 'e.K.', wz: 'G', size: '50-249', town: T.backnang, street: 'Weissacher Straße 45', postalCode: '71522',
    description: 'Lebensmittelmarkt mit Frischetheke.', languages: ['de', 'ru', 'ar', 'fa'], employsRefugees: true,
    offers: [job('Kassierer/in (Minijob möglich)', 'cashier', { german: { overall: 'A2', speaking: 'B1' }, hours: 20, skills: [`${SKILL}operate-cash-register`] }), ausbildung('Kaufmann/-frau im Einzelhandel', 'salesAssistant', { german: { overall: 'B1' } })],
  },
  {
    name: 'Friseursalon Haarmonie Fellbach (Demo)', legalForm: 'e.K.', wz: 'S', size: '1-9', town: T.fellbach, street: 'Bahnhofstraße 60', postalCode: '70734',
    description: 'Damen- und Herrenfriseur, Barber-Ecke.', languages: ['de', 'ar', 'ku', 'tr'], interpretersWelcome: true,
    showcase: { story: 'Unsere Barber-Ecke führt Ahmad aus Aleppo, der bei uns die Gesellenprüfung gemacht hat.', confirmed: true },
    offers: [ausbildung('Friseur/in', 'hairdresser', { german: { overall: 'A2', speaking: 'B1' }, helpful: ['ar', 'ku'] })],
  },
  {
    name: 'Änderungsschneiderei Nadelöhr Waiblingen (Demo)', legalForm: 'e.K.', wz: 'S', size: '1-9', town: T.waiblingen, street: 'Lange Straße 21', postalCode: '71332',
    description: 'Änderungen, Maßanfertigung und Reparaturen.', languages: ['de', 'tr', 'fa', 'prs'],
    offers: [job('Schneider/in (Teilzeit)', 'tailor', { german: { overall: 'A1' }, hours: 20, careerChangers: true, skills: [`${SKILL}sew-pieces-of-fabric`], helpful: ['fa', 'tr'] })],
  },
  {
    name: 'Entsorgung und Recycling Rems-Murr (Demo)', legalForm: 'GmbH', wz: 'E', size: '250+', town: T.winnenden, street: 'Höfener Straße 70', postalCode: '71364',
    description: 'Abfallsammlung, Wertstoffhöfe und Recycling für den Kreis.', languages: ['de', 'tr', 'ar'], tours: true,
    offers: [job('Müllwerker/in', 'refuseCollector', { german: { overall: 'A1' }, places: 4, careerChangers: true }), job('Sortierer/in Recyclinganlage', 'recycling', { german: { overall: 'A1' }, skills: [`${SKILL}sort-waste`] })],
  },
  {
    name: 'Sicherheitsdienst Rems-Murr Schutz (Demo)', legalForm: 'GmbH', wz: 'N', size: '50-249', town: T.fellbach, street: 'Höhenstraße 22', postalCode: '70736',
    description: 'Objektschutz, Veranstaltungsschutz und Empfangsdienste.', languages: ['de', 'ar', 'ru', 'uk', 'fa'],
    offers: [job('Sicherheitsmitarbeiter/in (Sachkunde § 34a)', 'security', { german: { overall: 'B1', speaking: 'B1' }, helpful: ['ar', 'ru', 'uk', 'fa'] })],
  },
  {
    name: 'Verkehrsbetrieb Remstal Bus (Demo)', legalForm: 'GmbH', wz: 'H', size: '50-249', town: T.schorndorf, street: 'Bahnhofstraße 48', postalCode: '73614',
    description: 'Linienverkehr im Remstal und Schülerverkehr.', languages: ['de', 'tr'],
    offers: [job('Busfahrer/in (Führerschein D wird bezahlt)', 'busDriver', { german: { overall: 'B1', speaking: 'B1' }, careerChangers: true })],
  },
  {
    name: 'Hausmeisterservice Oberes Remstal (Demo)', legalForm: 'e.K.', wz: 'N', size: '10-49', town: T.urbach, street: 'Wasserstraße 3', postalCode: '73660',
    description: 'Hausmeisterdienste, Winterdienst und Grünpflege für Wohnanlagen.', languages: ['de', 'ar'],
    offers: [job('Hausmeister/in', 'caretaker', { german: { overall: 'A2' }, skills: [`${SKILL}perform-minor-repairs-to-buildings-systems`, `${SKILL}remove-snow`] })],
  },
  {
    name: 'Steuerbüro Weinstadt (Demo)', legalForm: 'PartG', wz: 'M', size: '10-49', town: T.weinstadt, street: 'Bahnhofstraße 1', postalCode: '71384',
    description: 'Steuerberatung für Handwerk und Landwirtschaft.', languages: ['de', 'en'],
    offers: [ausbildung('Kaufmann/-frau für Büromanagement', 'officeClerk', { german: { overall: 'B2', writing: 'B2' }, careerChangers: false, niceSkills: [WRITE_GERMAN, SPEAK_GERMAN] })],
  },
];

function nextSeptemberFirst(today: Date): string {
  // Apprenticeships start on 1 September; from August on, the next year's.
  const year = today.getMonth() >= 7 ? today.getFullYear() + 1 : today.getFullYear();
  return `${year}-09-01`;
}

function startDate(start: DemoOffer['start'], today: Date): string | null {
  if (start === undefined) return null;
  if (start === 'sept') return nextSeptemberFirst(today);
  return new Date(today.getTime() + start * 86_400_000).toISOString().slice(0, 10);
}

async function seedFirm(
  manager: EntityManager,
  firm: DemoFirm,
  known: Set<string>,
  index: number,
): Promise<void> {
  let [company] = await manager.query(`SELECT id FROM company WHERE name = $1`, [firm.name]);
  if (!company)
    [company] = await manager.query(`INSERT INTO company (name) VALUES ($1) RETURNING id`, [firm.name]);
  const offers = firm.offers.filter((o) => known.has(ESCO + OCC[o.occupation]));
  const showcase = firm.showcase;
  await manager.query(
    `UPDATE company SET legal_form = $2, wz_section = $3, size_band = $4, description = $5, description_lang = $6, website = $7,
            languages = $8, offers_tours = $9, offers_open_house = $10, offers_internships = $11, offers_apprenticeships = $12,
            offers_eq_places = $13, can_host_interpreters = $14, needs_interpreters = $15, showcase_opt_in = $16,
            showcase_story = $17, showcase_story_lang = $18, showcase_changed_at = CASE WHEN $16 THEN now() END,
            employs_refugees = $19, employs_refugees_marked_at = CASE WHEN $19 THEN now() END, updated_at = now()
      WHERE id = $1`,
    [
      company.id,
      firm.legalForm,
      firm.wz,
      firm.size,
      firm.description,
      firm.descriptionLang ?? 'de',
      firm.website ?? null,
      firm.languages,
      firm.tours ?? false,
      firm.openHouse ?? false,
      offers.some((o) => o.kind === 'internship'),
      offers.some((o) => o.kind === 'apprenticeship'),
      offers.some((o) => o.kind === 'eq'),
      firm.interpretersWelcome ?? false,
      firm.needsInterpreters ?? false,
      Boolean(showcase),
      showcase?.story ?? null,
      showcase ? 'de' : null,
      Boolean(showcase?.confirmed || firm.employsRefugees),
    ],
  );
  const [site] = await manager.query(
    `INSERT INTO company_site (company_id, street, postal_code, town_ags, lat, lon, coordinates_entered, is_main)
     SELECT $1, $2, $3, ags, lat, lon, false, true FROM town WHERE ags = $4 RETURNING id`,
    [company.id, firm.street, firm.postalCode, firm.town],
  );
  const today = new Date();
  for (const [offerIndex, offer] of offers.entries()) {
    const german = offer.german ?? {};
    const [row] = await manager.query(
      `INSERT INTO offer (company_id, site_id, kind, title, description, description_lang, occupation_code, occupation_mapping,
                          german_overall, german_understanding, german_speaking, german_writing, helpful_languages,
                          suitable_for_career_changers, starts_on, hours_per_week, duration_weeks, places, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'manual', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'open',
               now() - make_interval(hours => $18))
       RETURNING id`,
      [
        company.id,
        site?.id ?? null,
        offer.kind,
        offer.title,
        offer.description ?? null,
        offer.description ? 'de' : null,
        ESCO + OCC[offer.occupation],
        german.overall ?? null,
        german.understanding ?? null,
        german.speaking ?? null,
        german.writing ?? null,
        offer.helpful ?? [],
        offer.careerChangers ?? false,
        startDate(offer.start, today),
        offer.hours ?? null,
        offer.weeks ?? null,
        offer.places ?? 1,
        // Spread publication over the last weeks, so "newest first" mixes the firms.
        (index * 7 + offerIndex * 3) % 500,
      ],
    );
    const required = (offer.skills ?? []).filter((code) => known.has(code));
    const nice = (offer.niceSkills ?? []).filter((code) => known.has(code) && !required.includes(code));
    if (required.length + nice.length > 0) {
      await manager.query(
        `INSERT INTO offer_competence (offer_id, skill_code, required) SELECT $1, code, req FROM unnest($2::text[], $3::boolean[]) AS t(code, req)`,
        [row.id, [...required, ...nice], [...required.map(() => true), ...nice.map(() => false)]],
      );
    }
  }
}

/**
 * Demo firms and offers across the district's towns. Idempotent and cheap once seeded (one query):
 * a firm that has a site or an offer counts as seeded and is never touched again, so changes demo
 * users make stay.
 */
export async function seedDemoCompanies(dataSource: DataSource): Promise<number> {
  const firms = [DEMO_EMPLOYER_FIRM, ...DEMO_FIRMS];
  const seeded: Array<{ name: string }> = await dataSource.query(
    `SELECT c.name FROM company c
      WHERE c.name = ANY($1)
        AND (EXISTS (SELECT 1 FROM company_site s WHERE s.company_id = c.id) OR EXISTS (SELECT 1 FROM offer o WHERE o.company_id = c.id))`,
    [firms.map((f) => f.name)],
  );
  const done = new Set(seeded.map((r) => r.name));
  const missing = firms.filter((f) => !done.has(f.name));
  if (missing.length === 0) return 0;
  await dataSource.transaction(async (manager) => {
    const codes = [
      ...Object.values(OCC).map((id) => ESCO + id),
      ...missing.flatMap((f) => f.offers.flatMap((o) => [...(o.skills ?? []), ...(o.niceSkills ?? [])])),
    ];
    const rows: Array<{ code: string }> = await manager.query(
      `SELECT code FROM taxonomy_concept WHERE code = ANY($1)`,
      [codes],
    );
    const known = new Set(rows.map((r) => r.code));
    for (const firm of missing) await seedFirm(manager, firm, known, firms.indexOf(firm));
  });
  return missing.length;
}
