/**
 * A generated, obviously fake SEIS-like export for the benchmark: an "IEP Dates"-style students
 * file, a "Deliveries"-style services file (quoted "Last, First" names, so papaparse cannot take
 * its quote-free fast path) and a staff roster. Deterministic (seeded).
 *
 * Shaped like a district: resource (RSP) teachers with about 28 students at one school level,
 * special day class (SDC) teachers with about 12, speech-language pathologists carrying
 * speech-only students and serving others, occupational therapists and counselors. Every
 * person has their own credential dates; every student their own birth date and IEP dates.
 * A few credentials are expired, expiring, of the wrong kind or missing from the roster.
 */

const LAST = [
  'Testcase',
  'Sampleton',
  'Fakerly',
  'Mockwell',
  'Dummond',
  'Placeholder',
  'Exampleson',
  'Notreal',
  'Fixturo',
  'Synthetica',
  'Muñoz-Demo',
  'Quinterro',
];
const FIRST = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliet',
  'Kilo',
  'Lima',
  'José',
  'Zoë',
];
const CALPADS_GRADE = [
  'TK',
  'KN',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
];
const LEVELS = [
  { grades: [0, 6], name: 'Demo Elementary' },
  { grades: [7, 9], name: 'Demo Middle' },
  { grades: [10, 13], name: 'Demo High' },
];
const DISABILITY_LABEL: Record<string, string> = {
  '210': 'Intellectual Disability',
  '230': 'Deaf',
  '240': 'Speech or Language Impairment',
  '260': 'Emotional Disturbance',
  '280': 'Other Health Impairment',
  '290': 'Specific Learning Disability',
  '310': 'Multiple Disability',
  '320': 'Autism',
};
const RSP_DISABILITIES = ['290', '290', '290', '290', '290', '280', '280', '320', '260', '240'];
const SDC_DISABILITIES = ['320', '320', '320', '210', '210', '310', '260', '280', '230'];
const FREQ = [
  '45 min Weekly',
  '30 min x 5 Times = 150 min Weekly',
  '60 min x 2 Times = 120 min Daily',
  '300 min Yearly',
  '120 min Monthly',
  '30 min x 2 Times = 60 min Weekly',
];

type Role = 'rsp' | 'sdc' | 'slp' | 'ot' | 'counselor';
interface Staff {
  name: string;
  role: Role;
  level: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedExport {
  students: string;
  services: string;
  roster: string;
  studentCount: number;
  serviceCount: number;
  staffCount: number;
}

export function generateExport(studentCount: number, seed = 20260115): GeneratedExport {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

  const staff: Staff[] = [];
  const roster: string[] = ['Name,Email,Position,Authorization,Issued,Expires'];
  const addStaff = (role: Role, level: number): Staff => {
    const i = staff.length;
    const s: Staff = { name: `${pick(LAST)}${i}, ${pick(FIRST)}`, role, level };
    staff.push(s);
    const email = `staff${i}@district.example`;
    const position = {
      rsp: 'RSP Teacher',
      sdc: 'SDC Teacher',
      slp: 'Speech-Language Pathologist',
      ot: 'Occupational Therapist',
      counselor: 'School Counselor',
    }[role];
    const row = (auth: string, issued: string, expires: string) =>
      roster.push(`"${s.name}",${email},${position},${auth},${issued},${expires}`);
    const x = r();
    const issued = date(2012, 2024);
    const expires = x < 0.02 ? date(2023, 2025) : x < 0.04 ? '2026-02-20' : date(2027, 2031);
    if (x > 0.985) return s; // not on the roster at all
    switch (role) {
      case 'rsp':
        if (x < 0.6) row('MMSN', issued, expires);
        else if (x < 0.8) row('R3MM', date(2014, 2021), us(expires));
        else if (x < 0.9) row('Mild/Moderate', date(1999, 2009), expires);
        else if (x < 0.95) {
          row('MM-L', date(1999, 2009), expires);
          row('AAAS', date(2011, 2016), '');
        } else row('LH', date(1985, 1996), '');
        break;
      case 'sdc':
        if (x < 0.6) row('Extensive Support Needs', issued, expires);
        else if (x < 0.85) row('R3MS', date(2014, 2021), expires);
        else row('MMSN', issued, expires);
        break;
      case 'slp':
        row('SLP', issued, expires);
        break;
      case 'ot':
        row('', '', '');
        break;
      case 'counselor':
        row('PPS-SC', issued, expires);
        break;
    }
    return s;
  };

  const rspCount = Math.max(1, Math.round((studentCount * 0.6) / 28));
  const sdcCount = Math.max(1, Math.round((studentCount * 0.25) / 12));
  const slpCount = Math.max(1, Math.round(studentCount / 60));
  for (let i = 0; i < rspCount; i++) addStaff('rsp', i % 3);
  for (let i = 0; i < sdcCount; i++) addStaff('sdc', i % 3);
  for (let i = 0; i < slpCount; i++) addStaff('slp', i % 3);
  for (let i = 0; i < Math.max(1, Math.round(studentCount / 250)); i++) addStaff('ot', i % 3);
  for (let i = 0; i < Math.max(1, Math.round(studentCount / 300)); i++)
    addStaff('counselor', i % 3);
  const byRole = (role: Role, level: number) =>
    staff.filter((s) => s.role === role && s.level === level);
  const pools = [0, 1, 2].map((l) => ({
    rsp: byRole('rsp', l),
    sdc: byRole('sdc', l),
    slp: byRole('slp', l),
    ot: byRole('ot', l),
    counselor: byRole('counselor', l),
  }));

  const students: string[] = [
    'SEIS ID,SSID,Last Name,First Name,Student Middle Name,Preferred Name,Date of Birth,District of Service,School of Attendance,Grade Level,Case Manager,Disability 1 Code,Disability 1,Disability 2,Date of Next Annual Plan Review,Meeting Type',
  ];
  const services: string[] = [
    'Name,SEIS ID,Service,Provider,Delivery,Start Date,End Date,Sessions / Frequency,Location,Total Minutes (min/year),Total Delivered,Medi-Cal Billing Consent',
  ];
  let serviceCount = 0;
  for (let i = 0; i < studentCount; i++) {
    const id = String(1000000 + i);
    const last = `${pick(LAST)}${i % 997}`;
    const first = pick(FIRST);
    const level = int(0, 2);
    const band = LEVELS[level] as (typeof LEVELS)[number];
    const gradeIndex = int(band.grades[0] as number, band.grades[1] as number);
    const grade = CALPADS_GRADE[gradeIndex] as string;
    const birthYear = 2025 - 5 - gradeIndex + (r() < 0.3 ? -1 : 0);
    const dob = `${pad(int(1, 12))}/${pad(int(1, 28))}/${birthYear}`;
    const pool = pools[level] as (typeof pools)[number];
    const program = r();
    const iepStart = `2025-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const iepEnd = `${Number(iepStart.slice(0, 4)) + 1}${iepStart.slice(4)}`;
    const svc: [string, Staff | null, string][] = [];
    let cm: Staff | null;
    let code: string;
    if (program < 0.6) {
      cm = pick(pool.rsp);
      code = pick(RSP_DISABILITIES);
      svc.push(['330 - Specialized Academic Instruction', cm, 'Resource Specialist Program']);
      if (code === '240' || r() < 0.3)
        svc.push(['415 - Language and Speech', pick(pool.slp), 'Speech Room']);
      if (code === '260' && r() < 0.6)
        svc.push(['510 - Individual Counseling', pick(pool.counselor), 'Counseling Office']);
    } else if (program < 0.85) {
      cm = pick(pool.sdc);
      code = pick(SDC_DISABILITIES);
      svc.push(['330 - Specialized Academic Instruction', cm, 'Special Day Class']);
      if (r() < 0.5) svc.push(['415 - Language and Speech', pick(pool.slp), 'Speech Room']);
      if (r() < 0.3)
        svc.push([
          '450 - Occupational Therapy',
          pick(pool.ot),
          'Regular Classroom/Public Day School',
        ]);
    } else {
      cm = pick(pool.slp);
      code = '240';
      svc.push(['415 - Language and Speech', cm, 'Speech Room']);
    }
    if (r() < 0.005) cm = null;
    const cmName = cm ? `"${cm.name}"` : '';
    students.push(
      `${id},${6000000000 + i},${last},${first},,,${dob},Demo USD,${band.name},${grade},${cmName},${code},${DISABILITY_LABEL[code]},,${us(iepEnd)},Annual`,
    );
    for (const [service, provider, location] of svc) {
      services.push(
        `"${last}, ${first}",${id},${service},${provider ? `"${provider.name}"` : ''},Direct,${us(iepStart)},${us(iepEnd)},${pick(FREQ)},${location},1620,400,Y`,
      );
      serviceCount++;
    }
  }
  return {
    students: `${students.join('\r\n')}\r\n`,
    services: `${services.join('\r\n')}\r\n`,
    roster: `${roster.join('\r\n')}\r\n`,
    studentCount,
    serviceCount,
    staffCount: staff.length,
  };
}
