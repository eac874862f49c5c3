"""Demo workspace: the four partners, ~40 officers with Latvian and Lithuanian names, equipment with kits
and a year of night operations with checks following DOMAIN.md. Bulk rows go through the driver's
`executemany` in large transactions (the ORM unit of work would take hours at 1,000,000 operations).

The equipment history is consistent with the desk's derived state (`fieldops.custody`): an item goes to one
operation at a time (no double check-outs in the past), every pair of facts has its batch and acknowledgement,
damaged returns have an incident, and tonight's desk (items out, one overdue, one in maintenance, one lost,
an open damage incident, reservations, a sharing rule) is made through the real desk services."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fieldops.app import FieldOps
from fieldops.dto import ItemDTO, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.keyslots import DEFAULT_KDF, KdfParams
from fieldops.models import Operation
from fieldops.models.enums import AuditAction, EquipmentKind, OperationStatus, OperationType, Role
from fieldops.services.desk import ReturnLine

DEMO_PASSWORD = "demo-night"
DEMO_PIN = "2468"  # every demo user's desk PIN: what the holder types to acknowledge a check-out or return
# Local logins created on the demo laptop (others exist as users, as colleagues do on a real laptop).
DEMO_LOGINS = {"admin": "administrator", "officer.lv": "VP-KRP", "officer.lt": "KAVPK",
               "supervisor.lv": "VP-KRP", "supervisor.lt": "KAVPK", "equipment.lv": "VP-KRP",
               "equipment.lt": "KAVPK"}

LV_MEN = ["Jānis", "Andris", "Māris", "Edgars", "Kristaps", "Gatis", "Artūrs", "Raimonds", "Aivars", "Uldis"]
LV_WOMEN = ["Ilze", "Laura", "Dace", "Inese", "Līga", "Sandra", "Zane", "Kristīne"]
LV_SURNAMES = [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Jansons", "Jansone"),
               ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"), ("Zariņš", "Zariņa"),
               ("Kļaviņš", "Kļaviņa"), ("Vītols", "Vītola"), ("Grīnbergs", "Grīnberga"), ("Šmits", "Šmite")]
LT_MEN = ["Jonas", "Tomas", "Mantas", "Darius", "Andrius", "Giedrius", "Saulius", "Vytautas", "Žygimantas"]
LT_WOMEN = ["Rūta", "Eglė", "Agnė", "Lina", "Gintarė", "Aušra", "Jūratė"]
LT_SURNAMES = [("Kazlauskas", "Kazlauskienė"), ("Jankauskas", "Jankauskaitė"), ("Petrauskas", "Petrauskienė"),
               ("Stankevičius", "Stankevičiūtė"), ("Vasiliauskas", "Vasiliauskienė"), ("Žukauskas", "Žukauskaitė"),
               ("Butkus", "Butkutė"), ("Paulauskas", "Paulauskienė"), ("Šimkus", "Šimkutė")]
AREAS = {
    "LV": [("Nīca", 56.345, 21.064), ("Rucava", 56.162, 21.163), ("Grobiņa", 56.537, 21.166),
           ("Pāvilosta", 56.888, 21.186), ("Liepāja, Karosta", 56.547, 21.017), ("Vaiņode", 56.417, 21.853),
           ("Bārta, medību platība", 56.366, 21.272), ("A11 Liepāja–Rucava", 56.30, 21.10)],
    "LT": [("Kretinga", 55.889, 21.242), ("Šventoji", 56.025, 21.083), ("Palanga, centras", 55.918, 21.068),
           ("Gargždai", 55.712, 21.395), ("Smiltynė", 55.705, 21.105), ("Priekulė", 55.555, 21.317),
           ("A13 Klaipėda–Palanga", 55.80, 21.10), ("Girkalnio miškas", 55.65, 21.45)],
}
EQUIPMENT = [  # kind, make, model, tag prefix, share
    (EquipmentKind.NV_BINOCULAR, "Pulsar", "Merger LRF XT50", "NV", 0.25),
    (EquipmentKind.THERMAL_IMAGER, "Pulsar", "Axion XG35", "TI", 0.12),
    (EquipmentKind.VIDEO_CAMERA, "Hikvision", "DS-2XS6A25G0 mobile", "VC", 0.15),
    (EquipmentKind.IR_ILLUMINATOR, "Pulsar", "Ultra X850", "IR", 0.08),
    (EquipmentKind.TRIPOD, "Manfrotto", "055 mast", "TR", 0.05),
    (EquipmentKind.MEMORY_CARD, "SanDisk", "High Endurance 256 GB", "MC", 0.10),
]
SPECIES = ["wild_boar", "fox", "raccoon_dog", "roe_deer", "red_deer", "moose"]
SIGHTS = ["optical", "night_vision", "thermal"]
TYPE_WEIGHTS = [(OperationType.TRAFFIC, 45), (OperationType.HUNTER, 30), (OperationType.PUBLIC_ORDER, 15),
                (OperationType.OTHER, 10)]
CHUNK = 20_000
DAMAGE = {  # what a damaged return's damage description says, per country (LV: True)
    True: ["Ieskrāpēts objektīva aizsargstikls", "Salūzis okulāra vāciņš", "Ieplaisājis korpuss pēc kritiena",
           "Bojāts akumulatora nodalījuma vāciņš", "Mitrums optikā pēc lietus",
           "Nodilusi siksna, atdalījies fiksators"],
    False: ["Subraižytas objektyvo apsauginis stiklas", "Nulūžęs okuliaro dangtelis", "Įskilęs korpusas po kritimo",
            "Pažeistas baterijų skyriaus dangtelis", "Drėgmė optikoje po lietaus", "Nutrūkęs dirželio fiksatorius"],
}
REPAIRED = {  # the resolution note of a closed damage incident
    True: ["Salabots servisā, pārbaudīts", "Aizsargstikls nomainīts garantijā",
           "Bojājums kosmētisks, lietošanai derīgs", "Vāciņš nomainīts no rezerves daļām",
           "Izžāvēts un pārbaudīts, darbojas"],
    False: ["Suremontuota servise, patikrinta", "Apsauginis stiklas pakeistas pagal garantiją",
            "Pažeidimas kosmetinis, tinkamas naudoti", "Dangtelis pakeistas iš atsargų",
            "Išdžiovinta ir patikrinta, veikia"],
}
MAIN_KINDS = (EquipmentKind.NV_BINOCULAR, EquipmentKind.THERMAL_IMAGER, EquipmentKind.VIDEO_CAMERA)


@dataclass
class DemoResult:
    operations: int
    checks: int
    items: int
    users: int


def build(home: Path | str, operations: int = 5000, items: int = 60, seed: int = 7,
          kdf: KdfParams = DEFAULT_KDF, now: datetime | None = None,
          progress: Callable[[float, str], None] | None = None) -> DemoResult:
    """Create a demo workspace in `home` (which must not hold one). Logins: DEMO_LOGINS / DEMO_PASSWORD.

    Built in a sibling folder and renamed into place at the end: an interrupted build leaves no
    half-filled workspace behind."""
    target = Path(home).expanduser().resolve()
    if target.exists() and any(target.iterdir()):
        raise FieldOpsError(ErrorCode.WORKSPACE_EXISTS, path=str(target))
    staging = target.with_name(target.name + ".building")
    shutil.rmtree(staging, ignore_errors=True)
    result = _build(staging, operations, items, seed, kdf, now, progress)
    if target.exists():
        target.rmdir()
    staging.rename(target)
    return result


def _build(home: Path, operations: int, items: int, seed: int, kdf: KdfParams, now: datetime | None,
           progress: Callable[[float, str], None] | None) -> DemoResult:
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    report = progress or (lambda _f, _l: None)
    fo = FieldOps.create(home, username="admin", full_name="Administrators Sistēmas", password=DEMO_PASSWORD,
                         kdf=kdf)
    try:
        agencies = {a.code: a for a in fo.users.agencies()}
        people = _people(fo, rng, agencies)
        report(0.02, "users")
        raw = fo.engine.raw_connection()
        try:
            cur = raw.cursor()
            item_ids, kit_of, n_items = _equipment(cur, rng, agencies, items, now)
            cur.execute('UPDATE "user" SET desk_pin_hash = ?', (_pin_hash(kdf),))
            raw.commit()
            history = _History(random.Random(seed + 1), kit_of, now)
            n_checks = _operations(cur, raw, rng, agencies, people, item_ids, operations, now, report, history)
            cur.execute("ANALYZE")
        finally:
            raw.close()
        with fo._ctx.write() as uow:
            uow.audit(AuditAction.COLLECTION, "demo", None, {"operations": operations, "checks": n_checks,
                                                            "items": n_items, "desk_pin": "set"})
        n_checks += _last_night(home, kdf, now)
        _approve_first_of_last_night(home, kdf)
        checks, tonight_ops = _tonight(home, kdf, now)
        n_checks += checks
        _desk_tonight(home, kdf, now, tonight_ops)
        report(1.0, "done")
        return DemoResult(operations + len(TONIGHT) * (1 + LAST_NIGHT), n_checks, n_items, 1 + 10 * len(agencies))
    finally:
        fo.close()


def _people(fo: FieldOps, rng: random.Random, agencies: dict[str, Any]) -> dict[str, list[str]]:
    """~10 people per agency; the DEMO_LOGINS get local logins. Returns ids per agency code: its officers
    first, its equipment manager last."""
    officers: dict[str, list[str]] = {code: [] for code in agencies}
    managers: dict[str, str] = {}
    badge = 1000
    for code, agency in agencies.items():
        lv = agency.country == "LV"
        for i in range(10):
            woman = rng.random() < 0.35
            first = rng.choice((LV_WOMEN if lv else LT_WOMEN) if woman else (LV_MEN if lv else LT_MEN))
            surname = rng.choice(LV_SURNAMES if lv else LT_SURNAMES)[1 if woman else 0]
            roles = ([Role.SUPERVISOR, Role.OFFICER] if i == 0 else [Role.EQUIPMENT_MANAGER] if i == 1
                     else [Role.OFFICER])
            login = _login_for(code, lv, i)
            username = login or f"{_ascii(first)[0]}{_ascii(surname)}{badge}".lower()
            badge += 1
            changes = fo.users.create(username=username, full_name=f"{first} {surname}", agency_id=agency.id,
                                      roles=roles, badge_no=f"{'LV' if lv else 'LT'}{badge}",
                            password=DEMO_PASSWORD if login else None)
            if Role.OFFICER in roles and changes.created_id:
                officers[code].append(changes.created_id)
            elif changes.created_id:
                managers[code] = changes.created_id
    return {code: [*ids, managers[code]] for code, ids in officers.items()}


def _pin_hash(kdf: KdfParams) -> str:
    """DEMO_PIN hashed once like DeskService does (Argon2id with the workspace's KDF parameters); every demo
    user gets the same hash, which keeps the build fast."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                          parallelism=kdf.parallelism).hash(DEMO_PIN)


def _login_for(code: str, lv: bool, index: int) -> str | None:
    country = "lv" if lv else "lt"
    wanted = {0: f"supervisor.{country}", 1: f"equipment.{country}", 2: f"officer.{country}"}.get(index)
    return wanted if wanted and DEMO_LOGINS.get(wanted) == code else None


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def _equipment(cur: Any, rng: random.Random, agencies: dict[str, Any], count: int,
               now: datetime) -> tuple[dict[str, list[str]], dict[str, str], int]:
    """Items (and kits of binocular + 2 batteries + charger + case); returns main item ids per agency and
    the kit of each item in one."""
    codes = list(agencies)
    main: dict[str, list[str]] = {c: [] for c in codes}
    kit_of: dict[str, str] = {}
    rows: list[tuple[Any, ...]] = []
    kits: list[tuple[Any, ...]] = []
    counters: dict[str, int] = {}
    stamp = now.replace(tzinfo=None).isoformat(sep=" ")

    def item(kind: EquipmentKind, make: str, model: str, prefix: str, code: str, kit_id: str | None) -> str:
        counters[prefix] = counters.get(prefix, 0) + 1
        iid = uuid7()
        if kit_id:
            kit_of[iid] = kit_id
        rows.append((iid, f"{prefix}-{counters[prefix]:04d}", f"SN{rng.randrange(10**7, 10**8)}", kind.value, make,
                     model, agencies[code].id, kit_id, f"{agencies[code].short_name}, seifs {rng.randint(1, 4)}",
                     "available", True, round(rng.uniform(5, 600), 1), rng.randint(0, 300),
                     (now + timedelta(days=rng.randint(-20, 300))).date().isoformat(), "", stamp, stamp, 1))
        return iid

    cycle = [e for e in EQUIPMENT for _ in range(round(e[4] * 20))]
    n = 0
    while len(rows) < count:
        kind, make, model, prefix, _share = cycle[n % len(cycle)]
        code = codes[n % len(codes)]
        n += 1
        kit_id = None
        if kind is EquipmentKind.NV_BINOCULAR:
            kit_id = uuid7()
            kits.append((kit_id, f"KIT-{len(kits) + 1:03d}", f"{model} komplekts", agencies[code].id, stamp))
        iid = item(kind, make, model, prefix, code, kit_id)
        if kind in MAIN_KINDS:
            main[code].append(iid)
        if kit_id:
            for k, mk, md, pf in ((EquipmentKind.BATTERY, "Pulsar", "APS 5T", "BA"),
                                  (EquipmentKind.BATTERY, "Pulsar", "APS 5T", "BA"),
                                  (EquipmentKind.CHARGER, "Pulsar", "APS charger", "CH"),
                                  (EquipmentKind.CASE, "Peli", "1300", "CS")):
                item(k, mk, md, pf, code, kit_id)
    cur.execute("BEGIN IMMEDIATE")
    cur.executemany("INSERT INTO kit VALUES (?,?,?,?,?)", kits)
    cur.executemany("INSERT INTO equipment_item (id, asset_tag, serial_no, kind, make, model, agency_id, kit_id, "
                    "location, status, project_funded, usage_hours, battery_cycles, next_service, notes, "
                    "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return main, kit_of, len(rows)


class _History:
    """The equipment side of the historic operations: who had which item when, as insert-only custody facts
    consistent with the desk's derived state. An item goes to one operation at a time: a night whose items
    are all out goes without (a double check-out would be an anomaly for the manager, not history).
    Its own random stream, so the operations and checks are the same as without it."""

    def __init__(self, rng: random.Random, kit_of: dict[str, str], now: datetime) -> None:
        self.rng = rng
        self.kit_of = kit_of
        self.now = now
        self.busy: dict[tuple[str, int], list[tuple[datetime, datetime]]] = {}  # (item, night) → out–back
        self.open_left = 3  # damage incidents of the last month still open; the rest resolved with a note
        self.custody: list[tuple[Any, ...]] = []
        self.incidents: list[tuple[Any, ...]] = []

    def free(self, items: Sequence[str], first: str, night: int, out_at: datetime,
             back_at: datetime) -> str | None:
        """`first` if it is in the store for the whole shift, else the next free item of the agency."""
        start = items.index(first)
        for item in (*items[start:], *items[:start]):
            # A shift starts and ends within its night (16:30–07:00 UTC): other nights cannot overlap.
            taken = self.busy.setdefault((item, night), [])
            if all(back_at <= a or out_at >= b for a, b in taken):
                taken.append((out_at, back_at))
                return item
        return None

    def pair(self, item: str, lead: str, manager: str, lv: bool, operation_id: str, out_at: datetime,
             due_at: datetime, back_at: datetime, night: int, battery: int, condition: str,
             battery_in: int) -> None:
        """Issued before the shift by the equipment manager, returned after it; the holder acknowledged both.
        One desk batch each, as the desk records them."""
        kit, back_id = self.kit_of.get(item), uuid7()
        damage = self.rng.choice(DAMAGE[lv]) if condition == "damaged" else ""
        self.custody.append((uuid7(), item, "check_out", _ts(out_at), lead, manager, _ts(due_at), "good", battery,
                             operation_id, "", "demo", uuid7(), kit, lead, ""))
        self.custody.append((back_id, item, "return", _ts(back_at), lead, manager, None, condition, battery_in,
                             operation_id, "", "demo", uuid7(), kit, lead, damage))
        if not damage:
            return
        details = json.dumps({"condition": condition}, ensure_ascii=False)
        if night <= 30 and self.open_left and self.rng.random() < 0.3:
            self.open_left -= 1
            self.incidents.append((uuid7(), item, "damage", back_id, _ts(back_at), manager, damage, details,
                                   None, None, "", 1))
            return
        resolved = min(back_at + timedelta(days=self.rng.randint(1, 12), hours=self.rng.randint(1, 8)),
                       self.now - timedelta(days=1))
        self.incidents.append((uuid7(), item, "damage", back_id, _ts(back_at), manager, damage, details,
                               _ts(max(resolved, back_at)), manager, self.rng.choice(REPAIRED[lv]), 2))


def _operations(cur: Any, raw: Any, rng: random.Random, agencies: dict[str, Any], people: dict[str, list[str]],
                items: dict[str, list[str]], total: int, now: datetime,
                report: Callable[[float, str], None], history: _History) -> int:
    codes = [c for c in agencies if people[c]]
    types = [t for t, w in TYPE_WEIGHTS for _ in range(w)]
    numbers = {c: 0 for c in codes}
    n_checks = 0
    for start in range(0, total, CHUNK):
        ops: list[tuple[Any, ...]] = []
        crew: list[tuple[Any, ...]] = []
        checks: list[tuple[Any, ...]] = []
        used: list[tuple[Any, ...]] = []
        for _ in range(min(CHUNK, total - start)):
            code = rng.choice(codes)
            numbers[code] += 1
            n_checks += _one_operation(rng, agencies[code], people[code], items[code], types, numbers[code], now,
                                       ops, crew, checks, used, history)
        cur.execute("BEGIN IMMEDIATE")
        _flush(cur, ops, crew, checks, used, history)
        raw.commit()
        report(0.05 + 0.95 * min(1.0, (start + CHUNK) / max(total, 1)), "operations")
    return n_checks


def _one_operation(rng: random.Random, agency: Any, people: Sequence[str], items: Sequence[str],
                   types: Sequence[OperationType], number: int, now: datetime, ops: list[tuple[Any, ...]],
                   crew: list[tuple[Any, ...]], checks: list[tuple[Any, ...]], used: list[tuple[Any, ...]],
                   history: _History) -> int:
    lv = agency.country == "LV"
    officers, manager = people[:-1], people[-1]
    op_type = rng.choice(types)
    night = rng.randint(2, 365)  # finished nights only; tonight's operations are made by _tonight()
    start = (now - timedelta(days=night)).replace(hour=17, minute=0, second=0, microsecond=0) + timedelta(
        minutes=rng.randint(0, 300))
    end = start + timedelta(minutes=rng.randint(180, 480))
    area, lat, lon = rng.choice(AREAS[agency.country])
    lead = rng.choice(officers)
    members = {lead, *rng.sample(officers, k=min(len(officers), rng.randint(0, 2)))}
    status = _status(rng, night)
    oid = uuid7()
    n = rng.choice((0, 1, 2, 2, 3, 3, 3, 4, 5, 6)) if op_type is not OperationType.PUBLIC_ORDER else rng.randint(0, 2)
    violations = 0
    for _ in range(n):
        kind, outcome, facts = _check(rng, op_type, lv)
        violation = outcome != "no_violation"
        violations += violation
        at = start + timedelta(minutes=rng.randint(0, int((end - start).total_seconds() // 60)))
        checks.append((uuid7(), oid, kind, _ts(at), lat + rng.uniform(-0.03, 0.03), lon + rng.uniform(-0.03, 0.03),
                       outcome, violation, json.dumps(facts, ensure_ascii=False), "[]", lead, _ts(at)))
    ops.append((oid, f"{agency.report_prefix}-{start.year}-{number:06d}", agency.id, op_type.value, status, lead,
                f"{'VP' if lv else 'LT'}-{rng.randint(100, 999)}", area, round(lat + rng.uniform(-0.02, 0.02), 5),
                round(lon + rng.uniform(-0.02, 0.02), 5), _ts(start), _ts(end), _ts(start), _ts(end),
                rng.choice(["skaidrs", "mākoņains", "lietus", "migla", "sniegs"] if lv else
                           ["giedra", "debesuota", "lietus", "rūkas", "sniegas"]),
                rng.choice(["good", "moderate", "poor"]), _narrative(lv, op_type, n, area), n, violations, lead,
                _ts(end), _ts(end), 1, None, _ts(start), _ts(end) if status != "draft" else None,
                _ts(end) if status != "draft" else None))
    crew.extend((oid, m, m == lead) for m in members)
    if items and rng.random() < 0.7:
        wanted = rng.choice(items)
        out_at, back_at = start - timedelta(minutes=30), end + timedelta(minutes=rng.randint(10, 60))
        battery = rng.randint(80, 100)
        condition = rng.choice(["good"] * 19 + ["damaged"])
        battery_in = max(5, battery - rng.randint(20, 70))
        item = history.free(items, wanted, night, out_at, back_at)
        if item is not None:
            used.append((oid, item, round((end - start).total_seconds() / 3600, 1)))
            history.pair(item, lead, manager, lv, oid, out_at, end + timedelta(hours=1), back_at, night, battery,
                         condition, battery_in)
    return n


NARRATIVE = {
    True: {"traffic_monitoring": "Satiksmes kontrole {area}. Pārbaudīti {n} transportlīdzekļi, izmantots nakts "
                                 "redzamības binoklis.",
           "hunter_control": "Medību uzraudzība {area}, novērošana no mežmalas. Pārbaudīti {n} mednieki.",
           "public_order": "Sabiedriskās kārtības uzraudzība {area} ar pārvietojamo kameru.",
           "other": "Operatīvais darbs {area}; {n} pārbaudes."},
    False: {"traffic_monitoring": "Eismo priežiūra {area}. Patikrinta transporto priemonių: {n}; naudotas "
                                  "naktinio matymo žiūronas.",
            "hunter_control": "Medžioklės kontrolė {area}, stebėjimas iš miško pakraščio. Patikrinta medžiotojų: {n}.",
            "public_order": "Viešosios tvarkos užtikrinimas {area} su mobiliąja kamera.",
            "other": "Operatyvinė veikla {area}; patikrinimų: {n}."},
}


def _narrative(lv: bool, op_type: OperationType, n: int, area: str) -> str:
    return NARRATIVE[lv][op_type.value].format(area=area, n=n)


TonightEntry = tuple[str, str, dict[str, Any], dict[str, str] | None]
TONIGHT: dict[str, tuple[str, str, tuple[float, float], list[TonightEntry]]] = {
    "officer.lv": ("traffic_monitoring", "A11 Liepāja–Rucava, Nīcas pagrieziens", (56.3451, 21.0642), [
        ("traffic", "no_violation", {"plate": "JK-4312", "driver_category": "general", "alcohol_permille": [0.0],
                                     "speed_measured": 84, "speed_limit": 90}, None),
        ("traffic", "administrative_protocol", {"plate": "GH-118", "driver_category": "novice",
                                                "alcohol_permille": [0.31]}, None),
    ]),
    "officer.lt": ("hunter_control", "Girkalnio miškas, Kretingos r.", (55.6512, 21.4473), [
        ("hunter", "no_violation", {"hunter_name": "Rimas Petraitis", "species": "wild_boar", "sight": "thermal",
                                    "position": "stand", "sober": True}, None),
    ]),
}


LAST_NIGHT = 3  # submitted operations per demo officer from last night, waiting for the supervisor


def _last_night(home: Path, kdf: KdfParams, now: datetime) -> int:
    """Last night's finished operations of the demo officers, submitted for review through the real services
    (their outbox ops reach the demo server at the first sync, so the supervisor's decisions are accepted
    there: the bulk history is local only and is never left waiting for review). Returns the checks made."""
    checks = 0
    for login, (op_type, area, (lat, lon), entries) in TONIGHT.items():
        lv = login.endswith("lv")
        fo = FieldOps.open(home, login, DEMO_PASSWORD, kdf=kdf)
        try:
            for k in range(LAST_NIGHT):
                start = (now - timedelta(days=1)).replace(hour=17, minute=30, second=0, microsecond=0) + timedelta(
                    minutes=50 * k)
                op_id = fo.operations.create(type=op_type, start_at=start, area_name=area, actual=True,
                                             vehicle="VP-231" if lv else "LT-517").created_id
                assert op_id
                detail = fo.operations.get(op_id)
                fo.operations.update(op_id, detail.version, lat=lat + 0.004 * k, lon=lon - 0.003 * k,
                                     weather="apmācies, 0 °C" if lv else "debesuota, 0 °C", visibility="good",
                                     actual_end=start + timedelta(hours=5, minutes=20),
                                     narrative=_narrative(lv, OperationType(op_type), len(entries), area))
                for i, (kind, outcome, facts, overrides) in enumerate(entries):
                    fo.checks.add(op_id, kind=kind, at=start + timedelta(minutes=35 * (i + 1)), outcome=outcome,
                                  facts=facts, lat=lat, lon=lon, overrides=overrides)
                    checks += 1
                fo.operations.submit(op_id)
        finally:
            fo.close()
    return checks


def _approve_first_of_last_night(home: Path, kdf: KdfParams) -> None:
    """The Latvian supervisor has already approved the first of last night's Latvian operations (the one the
    demo server's start then asks to correct: `demo_amendment`)."""
    fo = FieldOps.open(home, "supervisor.lv", DEMO_PASSWORD, kdf=kdf)
    try:
        first = next((i for i in fo.reviews.queue() if i.can_decide), None)
        if first is not None:
            fo.reviews.approve(first.id)
    finally:
        fo.close()


def demo_amendment(home: Path, kdf: KdfParams = DEFAULT_KDF) -> str | None:
    """The Latvian officer asks to correct her approved operation of last night (the car's number, one check
    logged twice): an amendment waiting in the supervisor's queue. Made once the approval is on the server
    (`fieldops.demo_server`), since the server amends only what it holds as approved."""
    fo = FieldOps.open(home, "officer.lv", DEMO_PASSWORD, kdf=kdf)
    try:
        with fo._ctx.read() as s:
            op_id = s.execute(select(col(Operation.id)).where(
                col(Operation.status) == OperationStatus.APPROVED.value, col(Operation.created_by) == fo.user.id)
                .order_by(col(Operation.start_at).desc()).limit(1)).scalar()
        if op_id is None or fo.amendments.for_operation(op_id):
            return None
        checks = fo.checks.list(op_id)
        fo.amendments.propose(op_id, "correction",
                              "Transportlīdzekļa numurs ir VP-312, nevis VP-231; pirmā pārbaude ievadīta divreiz.",
                              fields={"vehicle": "VP-312"},
                              void_checks={checks[0].id: "Ievadīta divreiz."} if len(checks) > 1 else {})
        return str(op_id)
    finally:
        fo.close()


def _tonight(home: Path, kdf: KdfParams, now: datetime) -> tuple[int, dict[str, str]]:
    """Tonight's open operation for the demo officers, written through the real services (rule packs
    judge the checks). Returns the number of checks and each officer's operation id."""
    checks = 0
    operations: dict[str, str] = {}
    for login, (op_type, area, (lat, lon), entries) in TONIGHT.items():
        fo = FieldOps.open(home, login, DEMO_PASSWORD, kdf=kdf)
        try:
            start = now - timedelta(hours=2)
            op_id = fo.operations.create(type=op_type, start_at=start, area_name=area, actual=True,
                                         vehicle="VP-231" if login.endswith("lv") else "LT-517").created_id
            assert op_id
            operations[login] = op_id
            detail = fo.operations.get(op_id)
            fo.operations.update(op_id, detail.version, lat=lat, lon=lon, weather="skaidrs, -2 °C",
                                 visibility="good")
            for i, (kind, outcome, facts, overrides) in enumerate(entries):
                fo.checks.add(op_id, kind=kind, at=start + timedelta(minutes=25 * (i + 1)), outcome=outcome,
                              facts=facts, lat=lat, lon=lon, overrides=overrides)
                checks += 1
        finally:
            fo.close()
    return checks, operations


class _Clock:
    """The time the demo's desk actions happen at (yesterday's check-out, tonight's issue)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class _Shelf:
    """An agency's available items, handed out once each to the demo's desk scenes by preferred kind (small
    demos have few items: a scene with nothing left is skipped)."""

    def __init__(self, fo: FieldOps) -> None:
        self.items = [i for i in fo.equipment.items() if i.status == "available"]
        self.taken: set[str] = set()

    def take(self, *kinds: str) -> ItemDTO | None:
        for kind in kinds:
            for item in self.items:
                if item.kind == kind and item.id not in self.taken:
                    self.taken.add(item.id)
                    return item
        return None

    def batteries(self, item: ItemDTO | None) -> list[ItemDTO]:
        """The kit's batteries go out with its binocular (charger and case stay at the desk)."""
        found = [i for i in self.items if item and item.kit_id and i.kit_id == item.kit_id
                 and i.kind == EquipmentKind.BATTERY and i.id not in self.taken]
        self.taken.update(i.id for i in found)
        return found


MAIN = tuple(k.value for k in MAIN_KINDS)


def _desk_tonight(home: Path, kdf: KdfParams, now: datetime, operations: dict[str, str]) -> None:
    """The equipment desk as the managers find it tonight, made through the desk services by equipment.lv
    (VP Kurzeme) and equipment.lt (Klaipėdos AVPK) with the clock set to when each thing happened, so the
    facts, derived item state, incidents, outbox and audit are what the desk itself writes:
    VP Kurzeme shares with Liepājas PP; a binocular (with its batteries) out to each demo officer for tonight's
    operation and a VP camera to a Liepājas PP officer; one item overdue since yesterday, one in maintenance,
    one lost (open incident), one returned damaged (open incident); reservations for the coming nights, two
    of them overlapping (a conflict)."""
    clock = _Clock(now)
    lv = FieldOps.open(home, "equipment.lv", DEMO_PASSWORD, kdf=kdf, clock=clock)
    lt = FieldOps.open(home, "equipment.lt", DEMO_PASSWORD, kdf=kdf, clock=clock)
    try:
        # After the last historic fact (the historic shifts end yesterday morning at the latest, 17+ hours
        # ago): none of these facts can fall between an older check-out and its return.
        quiet = _after_history(lv, now)
        users = lv.users.list(include_inactive=False)
        agency = {a.code: a.id for a in lv.users.agencies()}
        login = {u.username: u for u in users}

        def colleagues(code: str) -> list[UserDTO]:
            return [u for u in users if u.agency_id == agency[code] and Role.OFFICER in u.roles
                    and u.username not in DEMO_LOGINS]

        lv_shelf, lt_shelf = _Shelf(lv), _Shelf(lt)
        lv_tonight = lv_shelf.take(*MAIN)
        lv_batteries = lv_shelf.batteries(lv_tonight)
        lv_shared = lv_shelf.take("video_camera", "thermal_imager", "ir_illuminator", "nv_binocular")
        lv_overdue = lv_shelf.take(*MAIN, "ir_illuminator")
        lv_reserved = lv_tonight  # tomorrow night again (it is due back before), and a second, overlapping request
        lv_service = lv_shelf.take("tripod", "ir_illuminator", *MAIN, "charger", "case", "memory_card", "battery")
        lt_tonight = lt_shelf.take(*MAIN)
        lt_batteries = lt_shelf.batteries(lt_tonight)
        lt_damaged = lt_shelf.take("ir_illuminator", "thermal_imager", "video_camera", "nv_binocular", "tripod",
                                   "charger", "battery")
        lt_lost = lt_shelf.take("memory_card", "tripod", "case", "charger", "battery", *MAIN)
        lt_reserved = lt_shelf.take(*MAIN, "ir_illuminator", "tripod") or lt_damaged  # back from the desk by then
        lv_crew, lt_crew, lpp_crew = colleagues("VP-KRP"), colleagues("KAVPK"), colleagues("LPP")

        clock.now = quiet + timedelta(minutes=5)
        lv.equipment.set_share(agency["LPP"], True)
        if lv_service:
            clock.now = quiet + timedelta(minutes=10)
            lv.desk.maintenance_in(lv_service.id, "Plānotā apkope un pārbaude, nodots servisā Liepājā")
        if lt_lost:
            clock.now = quiet + timedelta(minutes=15)
            lt.desk.mark_lost(lt_lost.id, "Nerasta po pasalos Girkalnio miške, paieška kol kas nesėkminga")
        if lt_damaged and lt_crew:  # a day shift the day before yesterday, back with a cracked housing
            out_at = clock.now = max(quiet + timedelta(minutes=30), now - timedelta(hours=44))
            lt.desk.check_out(lt_crew[0].id, [lt_damaged.id], acknowledgement=DEMO_PIN,
                              due_at=out_at + timedelta(hours=10), battery={lt_damaged.id: 95},
                              notes="Dienos pamaina, Smiltynė")
            clock.now = out_at + timedelta(hours=4)
            lt.desk.return_items([ReturnLine(lt_damaged.id, "damaged", 40)], acknowledgement=DEMO_PIN,
                                 damage="Įskilęs korpusas po kritimo nuo bokštelio, objektyvas nepažeistas")
        if lv_overdue and lv_crew:  # yesterday's shift, due back this morning, still out
            out_at = clock.now = max(quiet + timedelta(hours=1), now - timedelta(hours=27))
            lv.desk.check_out(lv_crew[0].id, [lv_overdue.id], acknowledgement=DEMO_PIN,
                              due_at=out_at + timedelta(hours=7), battery={lv_overdue.id: 90},
                              notes="Dienas maiņa, Grobiņa")
        # Tonight: issued half an hour before the operations began, due at the end of the shift.
        if lv_tonight:
            clock.now = now - timedelta(hours=2, minutes=30)
            lv.desk.check_out(login["officer.lv"].id, [lv_tonight.id, *(b.id for b in lv_batteries)],
                              acknowledgement=DEMO_PIN, operation_id=operations.get("officer.lv"),
                              battery={i.id: 100 for i in (lv_tonight, *lv_batteries)})
        if lt_tonight:
            clock.now = now - timedelta(hours=2, minutes=25)
            lt.desk.check_out(login["officer.lt"].id, [lt_tonight.id, *(b.id for b in lt_batteries)],
                              acknowledgement=DEMO_PIN, operation_id=operations.get("officer.lt"),
                              battery={i.id: 100 for i in (lt_tonight, *lt_batteries)})
        if lv_shared and lpp_crew:
            clock.now = now - timedelta(hours=2, minutes=20)
            lv.desk.check_out(lpp_crew[0].id, [lv_shared.id], acknowledgement=DEMO_PIN,
                              battery={lv_shared.id: 100}, notes="Liepājas PP patruļa, Karosta")
        clock.now = now - timedelta(hours=1)
        evening = (now + timedelta(days=1)).replace(hour=16, minute=0, second=0, microsecond=0)
        if lv_reserved:
            lv.equipment.reserve(lv_reserved.id, evening, evening + timedelta(hours=13),
                                 holder_id=login["officer.lv"].id, note="Medību uzraudzība, Bārtas medību platība",
                                 allow_conflicts=True)
            lv.equipment.reserve(lv_reserved.id, evening + timedelta(hours=3), evening + timedelta(hours=10),
                                 holder_id=(lv_crew[1:2] or lv_crew or [login["officer.lv"]])[0].id,
                                 note="Satiksmes kontrole A11, Nīcas pagrieziens", allow_conflicts=True)
        if lt_reserved:
            lt.equipment.reserve(lt_reserved.id, evening + timedelta(days=1), evening + timedelta(days=1, hours=12),
                                 holder_id=login["officer.lt"].id, note="Eismo priežiūra A13 Klaipėda–Palanga",
                                 allow_conflicts=True)
    finally:
        lv.close()
        lt.close()


def _after_history(fo: FieldOps, now: datetime) -> datetime:
    """Five minutes after the last custody fact written so far (16 hours ago if there is none)."""
    from sqlalchemy import text

    with fo._ctx.read() as s:
        last = s.execute(text("SELECT max(at) FROM custody_event")).scalar()
    if not last:
        return now - timedelta(hours=16)
    return datetime.fromisoformat(str(last)).replace(tzinfo=UTC) + timedelta(minutes=5)


def _status(rng: random.Random, night: int) -> str:
    """The bulk history is local only (never pushed to the demo server), so none of it waits for review: the
    review queue holds last night's operations, made through the services (`_last_night`)."""
    if night > 14:
        return "approved"
    return rng.choice(["draft", "returned", "approved", "approved"])


def _check(rng: random.Random, op_type: OperationType, lv: bool) -> tuple[str, str, dict[str, Any]]:
    if op_type is OperationType.TRAFFIC or (op_type is OperationType.OTHER and rng.random() < 0.5):
        plate = (f"{rng.choice('ABCEFGHJKLMN')}{rng.choice('ABCEFGHJKLMN')}-{rng.randint(1, 9999)}" if lv
                 else f"{''.join(rng.choice('ABCDEFGHJKLM') for _ in range(3))} {rng.randint(1, 999):03d}")
        alcohol = 0.0 if rng.random() < 0.85 else round(rng.uniform(0.05, 2.4), 2)
        limit = 0.5 if lv else 0.4
        outcome = ("criminal_case" if alcohol > 1.5 else "administrative_protocol" if alcohol > limit
                   else rng.choice(["no_violation"] * 7 + ["warning", "administrative_protocol"]))
        return "traffic", outcome, {"country": "LV" if lv else "LT", "plate": plate, "alcohol_permille": [alcohol],
                                    "speed_measured": rng.randint(40, 140), "speed_limit": rng.choice([50, 70, 90])}
    if op_type is OperationType.HUNTER:
        species, sight = rng.choice(SPECIES), rng.choice(SIGHTS)
        bad = sight != "optical" and species in ("roe_deer", "red_deer", "moose")
        outcome = "seized" if bad else rng.choice(["no_violation"] * 8 + ["warning", "administrative_protocol"])
        return "hunter", outcome, {"country": "LV" if lv else "LT", "species": species, "sight": sight,
                                   "position": rng.choice(["stand", "on_foot"]), "sober": rng.random() > 0.02}
    return "other", rng.choice(["no_violation"] * 5 + ["warning"]), {
        "category": rng.choice(["public_order", "suspicious_vehicle", "border_area", "assistance"])}


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _flush(cur: Any, ops: list[tuple[Any, ...]], crew: list[tuple[Any, ...]], checks: list[tuple[Any, ...]],
           used: list[tuple[Any, ...]], history: _History) -> None:
    cur.executemany(
        "INSERT INTO operation (id, number, agency_id, type, status, lead_id, vehicle, area_name, lat, lon, "
        "planned_start, planned_end, start_at, end_at, weather, visibility, narrative, check_count, "
        "violation_count, created_by, created_at, updated_at, version, approval_hash, actual_start, actual_end, "
        "submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ops)
    cur.executemany("INSERT INTO operation_crew VALUES (?,?,?)", crew)
    cur.executemany("INSERT INTO operation_equipment VALUES (?,?,?)", used)
    cur.executemany("INSERT INTO custody_event (id, item_id, kind, at, holder_id, actor_id, due_at, condition, "
                    "battery_pct, operation_id, notes, device_id, batch_id, kit_id, acknowledged_by, damage) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", history.custody)
    cur.executemany("INSERT INTO equipment_incident (id, item_id, kind, event_id, opened_at, opened_by, description, "
                    "details, resolved_at, resolved_by, resolution, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    history.incidents)
    history.custody.clear()
    history.incidents.clear()
    cur.executemany(
        "INSERT INTO check_record (id, operation_id, kind, at, lat, lon, outcome, violation, facts, flags, "
        "created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", checks)
