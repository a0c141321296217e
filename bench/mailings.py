"""Kota's newsletters measured: 20,000 messages prepared and sent by the task worker.

One newsletter to 20,000 confirmed subscribers goes through the task worker to a local SMTP
server, on SQLite and optionally on PostgreSQL; the time it takes and the worker's peak memory
are measured.

For each database:

1. A fresh database of its own (var/bench-mailings/kota.sqlite3, or the PostgreSQL database
   kota_bench_mailings on 127.0.0.1:5432, dropped and created again), migrated.
2. `--messages` confirmed subscribers of one topic, their languages spread over English,
   Bahasa Indonesia and Simplified Chinese, one in five with tracking off (bulk_create, in a
   `manage.py shell` subprocess), then ANALYZE, as a database in use has its planner
   statistics; one newsletter of about 400 words with three links, in the three languages,
   scheduled now.
3. An SMTP sink (aiosmtpd, in a thread of this process) counts what it is handed;
   `manage.py send_mailings` enqueues the newsletter and `manage.py db_worker --batch` sends
   it, MAILINGS_BATCH_SIZE messages a task, with no rate limit. The time runs from the
   enqueue to the worker's exit. The worker's peak memory is its own VmHWM (the high-water
   mark of its resident set, from /proc/<pid>/status), read every 50 ms while it runs;
   getrusage(RUSAGE_CHILDREN) would count every child of this process, and a child's ru_maxrss
   starts from the size of the process that started it (a child running `pass`, started from
   a 300 MB Python, reports 310 MB).
4. Checks that the sink received exactly one message for each subscriber and nothing else,
   that every delivery is sent, and that the newsletter is sent.
5. Prints a summary and writes bench/results/mailings-<date>.json.

"Prepare" is the time from the worker taking the newsletter (Mailing.started_at) to the first
message accepted by the SMTP server: reading the subscribers and writing the deliveries.

    .venv/bin/python bench/mailings.py                         # SQLite, 20,000 messages
    .venv/bin/python bench/mailings.py --databases sqlite,postgres --batch-size 500

Kota runs with DEBUG=true, as in the test of a crashed worker (so the worker keeps its last
9,000 SQL queries in memory); `--production` runs it with DEBUG=false, a random SECRET_KEY and
a SITE_URL instead. PostgreSQL must accept the postgres user without a password on 127.0.0.1.
"""

import argparse
import datetime
import json
import os
import platform
import re
import secrets
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WORK_DIR = ROOT / "var" / "bench-mailings"
POSTGRES_DATABASE = "kota_bench_mailings"
POSTGRES_URL = f"postgres://postgres@127.0.0.1:5432/{POSTGRES_DATABASE}"
LANGUAGES = ["en", "id", "zh-hans"]
PEAK_POLL_SECONDS = 0.05


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def subscriber_email(n):
    return f"reader{n:06d}@example.org"


# The newsletter ------------------------------------------------------------------------------

SUBJECTS = {
    "en": "Network news: bottles for bus fares, flood maps and the Council",
    "id": "Kabar jaringan: botol untuk ongkos bus, peta banjir, dan sidang Dewan",
    "zh-hans": "网络通讯：以瓶换票、洪水地图与理事会",
}
CASE_STUDY = "https://kota.example.org/knowledge/surabaya-bottles-for-bus-fares/"
WEBINAR = "https://kota.example.org/events/local-climate-finance-webinar/"
NEW_PRACTICES = "https://kota.example.org/knowledge/?sort=-published"

BODIES = {
    "en": f"""Dear colleagues,

This month's letter brings news from two member cities, a webinar on paying for local climate
action, a reminder about the Council and what is new in the knowledge hub.

## Surabaya takes plastic bottles for bus fares

Riders on Surabaya's city buses can pay their fare with plastic bottles: five medium bottles or
three large ones buy a two-hour ticket. The city collects more than a tonne of plastic a day
this way and sells it to recyclers, which covers part of the cost of running the buses. The
transport office has written up what worked, what did not and what it would do differently.
[Read Surabaya's case study]({CASE_STUDY}) in the knowledge hub.

## Makassar maps flood risk street by street

After the floods of January, Makassar's planning office walked every neighbourhood along the
Tallo river with residents and marked where water stood, for how long and who had to leave
home. The map now guides where the city clears drains first and where it builds raised
walkways. Other coastal cities in the network have asked for the method; the team will
present it at the next webinar.

## Local climate action: register for the webinar

On 12 February at 14:00 Jakarta time, officers from Makassar, Da Nang and Naga City will
explain how they raised money for local climate projects from national funds and development
banks, and how they report the results. The webinar is free and open to the staff of every
member, with interpretation into Bahasa Indonesia and Chinese.
[Register for the webinar]({WEBINAR}) before 5 February.

## The Council meets in Surabaya

The Council meets on 14 and 15 March. Members whose dues for this year are settled may send
two delegates; in the coming weeks the secretariat will write to each focal point with the
programme, the draft resolutions and the practical details. If your city would like to
propose an item for the agenda, please reply to this message by 20 February.

## New in the knowledge hub

This month, member cities added eleven good practices, from school meals bought from local
farmers to a one-stop office for small business permits. Focal points can submit their own
city's experience in a few minutes: a title, a summary, the results and a photograph are
enough, and the secretariat reviews each submission within two weeks.
[See what was added this month]({NEW_PRACTICES}).

Thank you for your work for your cities, and for sharing it with the network.

The secretariat
""",
    "id": f"""Rekan-rekan yang terhormat,

Surat bulan ini membawa kabar dari dua kota anggota, webinar tentang pendanaan aksi iklim
lokal, pengingat sidang Dewan, dan hal baru di pusat pengetahuan.

## Surabaya menerima botol plastik sebagai ongkos bus

Penumpang bus kota Surabaya dapat membayar ongkos dengan botol plastik: lima botol sedang atau
tiga botol besar untuk tiket dua jam. Dengan cara ini kota mengumpulkan lebih dari satu ton
plastik setiap hari dan menjualnya kepada pendaur ulang, sehingga sebagian biaya operasional
bus tertutupi. Dinas Perhubungan telah menuliskan apa yang berhasil, apa yang tidak, dan apa
yang akan dilakukan secara berbeda. [Baca studi kasus Surabaya]({CASE_STUDY}) di pusat
pengetahuan.

## Makassar memetakan risiko banjir jalan demi jalan

Setelah banjir bulan Januari, Bappeda Makassar bersama warga menyusuri setiap lingkungan di
sepanjang Sungai Tallo dan menandai di mana air menggenang, berapa lama, dan siapa yang harus
mengungsi. Peta itu kini menjadi pedoman untuk menentukan saluran mana yang dibersihkan lebih
dulu dan di mana jalur pejalan kaki ditinggikan. Kota-kota pesisir lain dalam jaringan telah
meminta metodenya; tim akan memaparkannya dalam webinar berikutnya.

## Aksi iklim lokal: daftar webinar

Pada 12 Februari pukul 14.00 WIB, pejabat dari Makassar, Da Nang, dan Naga City akan
menjelaskan cara mereka menghimpun dana untuk proyek iklim lokal dari dana nasional dan bank
pembangunan, serta cara melaporkan hasilnya. Webinar ini gratis dan terbuka bagi staf setiap
anggota, dengan juru bahasa ke dalam Bahasa Indonesia dan bahasa Tionghoa.
[Daftar webinar]({WEBINAR}) sebelum 5 Februari.

## Dewan bersidang di Surabaya

Dewan bersidang pada 14 dan 15 Maret. Anggota yang telah melunasi iuran tahun ini dapat
mengirim dua delegasi; dalam beberapa minggu ke depan sekretariat akan menyurati setiap
narahubung dengan acara, rancangan resolusi, dan informasi praktis. Jika kota Anda ingin
mengusulkan agenda, balaslah pesan ini paling lambat 20 Februari.

## Baru di pusat pengetahuan

Bulan ini kota-kota anggota menambahkan sebelas praktik baik, mulai dari makan siang sekolah
yang dibeli dari petani setempat hingga pelayanan terpadu satu pintu untuk izin usaha kecil.
Narahubung dapat mengirimkan pengalaman kotanya dalam beberapa menit: judul, ringkasan, hasil,
dan sebuah foto sudah cukup, dan sekretariat meninjau setiap kiriman dalam dua minggu.
[Lihat yang ditambahkan bulan ini]({NEW_PRACTICES}).

Terima kasih atas kerja Anda untuk kota Anda, dan karena telah membagikannya kepada jaringan.

Sekretariat
""",
    "zh-hans": f"""各位同仁：

本期通讯带来两个会员城市的消息、一场关于地方气候行动融资的网络研讨会、理事会会议的提醒，以及知识中心的新内容。

## 泗水：用塑料瓶支付公交车费

泗水市公交车的乘客可以用塑料瓶支付车费：五个中号瓶或三个大号瓶可换一张两小时车票。市政府每天由此回收一吨多塑料，出售给回收企业，用以支付部分公交运营成本。交通局总结了哪些做法有效、哪些无效，以及今后会如何改进。请在知识中心[阅读泗水的案例研究]({CASE_STUDY})。

## 望加锡逐街绘制洪水风险地图

一月洪灾之后，望加锡规划部门与居民一起走遍塔洛河沿岸的每个社区，标出积水的位置、持续时间以及哪些居民被迫离家。这张地图如今指导着城市优先疏通哪些排水沟、在哪里修建高架步道。网络中其他沿海城市已索取这一方法，团队将在下一次网络研讨会上介绍。

## 地方气候行动：报名参加网络研讨会

2月12日雅加达时间14:00，来自望加锡、岘港和那牙市的官员将介绍他们如何从国家基金和开发银行为地方气候项目筹集资金，以及如何报告成果。研讨会免费，向所有会员的工作人员开放，并提供印尼语和中文传译。请于2月5日前[报名参加研讨会]({WEBINAR})。

## 理事会在泗水召开

理事会将于3月14日至15日召开。已缴清本年度会费的会员可派两名代表出席；秘书处将在未来几周内向各联络人发送议程、决议草案和会务信息。如贵市希望提出议题，请于2月20日前回复本邮件。

## 知识中心新内容

本月，会员城市新增了十一项良好实践，从向本地农民采购的学校午餐，到小企业许可证的一站式办理窗口。联络人只需几分钟即可提交本市的经验：标题、摘要、成果和一张照片即可，秘书处会在两周内审核每一份提交。[查看本月新增内容]({NEW_PRACTICES})。

感谢各位为城市所做的工作，也感谢大家与网络分享经验。

秘书处
""",
}

GIVEN_NAMES = {
    "en": ["Maria", "Jose", "Priya", "Arjun", "Grace", "Daniel", "Aiko", "Minh"],
    "id": ["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Putri", "Yusuf"],
    "zh-hans": ["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷"],
}
FAMILY_NAMES = {
    "en": ["Santos", "Reyes", "Sharma", "Nguyen", "Tanaka", "Lim", "Fernando", "Perera"],
    "id": ["Rahayu", "Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Kusuma", "Nasution"],
    "zh-hans": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"],
}


def subscriber_name(n, language):
    given = GIVEN_NAMES[language][n % 8]
    family = FAMILY_NAMES[language][(n // 8) % 8]
    return f"{family}{given}" if language == "zh-hans" else f"{given} {family}"


# Run inside Kota (`manage.py shell`), each printing one line of JSON ---------------------------


def seed(subscribers):
    """`subscribers` confirmed subscribers of one topic and the newsletter, scheduled now."""
    from django.db import connection, transaction
    from django.utils import timezone

    from kota.mailings.models import Contact, Mailing, MailingTranslation, Topic

    now = timezone.now()
    with transaction.atomic():
        topic = Topic.objects.create(
            slug="network-news",
            name="Network news",
            name_translations={"id": "Kabar jaringan", "zh-hans": "网络通讯"},
        )
        contacts = []
        for n in range(subscribers):
            language = LANGUAGES[n % len(LANGUAGES)]
            contacts.append(
                Contact(
                    email=subscriber_email(n),
                    name=subscriber_name(n, language),
                    language=language,
                    subscription=Contact.Subscription.CONFIRMED,
                    subscription_requested_at=now,
                    subscribed_at=now,
                    tracking=n % 5 != 0,
                )
            )
        Contact.objects.bulk_create(contacts, batch_size=1000)
        membership = Contact.topics.through
        membership.objects.bulk_create(
            [
                membership(contact_id=pk, topic_id=topic.pk)
                for pk in Contact.objects.values_list("pk", flat=True)
            ],
            batch_size=1000,
        )
        mailing = Mailing.objects.create(
            kind=Mailing.Kind.NEWSLETTER,
            subject=SUBJECTS["en"],
            body=BODIES["en"],
            topic=topic,
            to_subscribers=True,
            status=Mailing.Status.SCHEDULED,
            scheduled_at=now,
        )
        MailingTranslation.objects.bulk_create(
            MailingTranslation(
                mailing=mailing, language=language, subject=SUBJECTS[language], body=body
            )
            for language, body in BODIES.items()
            if language != "en"
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics, as seed_demo does
    print(json.dumps({"mailing": mailing.pk, "subscribers": Contact.objects.count()}))


def outcome(mailing_pk):
    """What the worker left: the newsletter's status and timestamps, its deliveries by status
    and the tasks it ran."""
    from django.db.models import Count, Max, Min
    from django_tasks_db.models import DBTaskResult

    from kota.mailings.models import Delivery, Mailing

    mailing = Mailing.objects.get(pk=mailing_pk)
    deliveries = Delivery.objects.filter(mailing=mailing)
    sent = deliveries.aggregate(first=Min("sent_at"), last=Max("sent_at"))
    tasks = list(
        DBTaskResult.objects.order_by("started_at").values_list(
            "status", "return_value", "started_at", "finished_at"
        )
    )

    def seconds(start, end):
        return round((end - start).total_seconds(), 2) if start and end else None

    print(
        json.dumps(
            {
                "status": mailing.status,
                "deliveries": dict(
                    deliveries.order_by().values_list("status").annotate(Count("pk"))
                ),
                "prepare_seconds": seconds(mailing.started_at, sent["first"]),
                "send_seconds": seconds(sent["first"], sent["last"]),
                "tasks": len(tasks),
                "task_outcomes": sorted({f"{status} {value}" for status, value, *_ in tasks}),
                "first_task_seconds": seconds(*tasks[0][2:]) if tasks else None,
            }
        )
    )


# Around Kota ---------------------------------------------------------------------------------


class Sink:
    """The SMTP server's inbox, kept cheap: a count, the recipients and the bytes received."""

    def __init__(self):
        self.messages = 0
        self.recipients = set()
        self.bytes = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        self.recipients.update(address.lower() for address in envelope.rcpt_tos)
        self.bytes += len(envelope.content)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database, batch_size, production, smtp_port=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH")}
    env.update(
        {
            "DEBUG": "false" if production else "true",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "MAILINGS_RATE_PER_MINUTE": "0",
            "MAILINGS_BATCH_SIZE": str(batch_size),
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}" if smtp_port else "consolemail://",
            "PAGE_CACHE_SECONDS": "0",
        }
    )
    if production:
        env["SECRET_KEY"] = secrets.token_urlsafe(50)
        env["SITE_URL"] = "http://127.0.0.1:8000"
    if database == "sqlite":
        env["SQLITE_PATH"] = str(WORK_DIR / "kota.sqlite3")
    else:
        env["DATABASE_URL"] = POSTGRES_URL
    return env


def manage(env, *args):
    """Run a management command to its end; its output, or its errors raised."""
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def in_kota(env, function, *args):
    """What `function` of this file, called with `args` in Kota, prints (one line of JSON)."""
    call = f"from bench.mailings import {function}; {function}({', '.join(map(repr, args))})"
    output = manage(env, "shell", "--no-imports", "-c", call)
    return json.loads(output.strip().splitlines()[-1])


def fresh_database(database):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    if database == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{WORK_DIR / 'kota.sqlite3'}{suffix}").unlink(missing_ok=True)
        return
    postgres = ["-h", "127.0.0.1", "-U", "postgres"]
    subprocess.run(["dropdb", *postgres, "--if-exists", POSTGRES_DATABASE], check=True)
    subprocess.run(["createdb", *postgres, POSTGRES_DATABASE], check=True)


def run_measuring_peak(command, env, log_path):
    """Run `command` to its end; (exit code, peak resident set in MB)."""
    with open(log_path, "w") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
        status = Path(f"/proc/{process.pid}/status")
        peak_kb = 0
        while process.poll() is None:
            try:
                high_water = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
            except OSError:  # gone between poll() and the read
                high_water = None
            if high_water:
                peak_kb = max(peak_kb, int(high_water.group(1)))
            time.sleep(PEAK_POLL_SECONDS)
    return process.returncode, round(peak_kb / 1024, 1)


def bench(database, messages, batch_size, production):
    fresh_database(database)
    env = environment(database, batch_size, production)
    log(f"{database}: migrating a fresh database")
    manage(env, "migrate", "--noinput", "-v0")
    log(f"{database}: {messages:,} subscribers and the newsletter")
    seeding = time.monotonic()
    mailing = in_kota(env, "seed", messages)["mailing"]
    seed_seconds = time.monotonic() - seeding

    sink = Sink()
    smtp_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    env = environment(database, batch_size, production, smtp_port)
    worker_log = WORK_DIR / f"worker-{database}.log"
    load_before = os.getloadavg()
    try:
        log(f"{database}: send_mailings, then db_worker --batch (log in {worker_log})")
        started = time.monotonic()
        manage(env, "send_mailings")
        worker = [PYTHON, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay"]
        exit_code, peak_mb = run_measuring_peak(worker, env, worker_log)
        total_seconds = time.monotonic() - started
    finally:
        controller.stop()
    load_after = os.getloadavg()
    if exit_code:
        raise RuntimeError(f"db_worker exited with {exit_code}; see {worker_log}")

    left = in_kota(env, "outcome", mailing)
    expected = {subscriber_email(n) for n in range(messages)}
    problems = []
    if sink.messages != messages:
        problems.append(f"the SMTP server received {sink.messages:,} messages, not {messages:,}")
    if sink.recipients != expected:
        problems.append(
            f"{len(expected - sink.recipients):,} subscribers got nothing and "
            f"{len(sink.recipients - expected):,} other addresses got a message"
        )
    if left["deliveries"] != {"sent": messages}:
        problems.append(f"deliveries by status: {left['deliveries']}, not all {messages:,} sent")
    if left["status"] != "sent":
        problems.append(f"the newsletter is {left['status']}, not sent")
    return {
        "database": database,
        "messages": messages,
        "batch_size": batch_size,
        "debug": not production,
        "seed_seconds": round(seed_seconds, 1),
        "total_seconds": round(total_seconds, 1),
        "prepare_seconds": left["prepare_seconds"],
        "send_seconds": left["send_seconds"],
        "messages_per_second": round(messages / total_seconds, 1),
        "send_messages_per_second": (
            round(messages / left["send_seconds"], 1) if left["send_seconds"] else None
        ),
        "worker_peak_rss_mb": peak_mb,
        "first_task_seconds": left["first_task_seconds"],
        "tasks": left["tasks"],
        "task_outcomes": left["task_outcomes"],
        "smtp_messages": sink.messages,
        "smtp_distinct_recipients": len(sink.recipients),
        "average_message_kb": round(sink.bytes / max(sink.messages, 1) / 1024, 1),
        "deliveries": left["deliveries"],
        "mailing_status": left["status"],
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "correct": not problems,
        "problems": problems,
    }


def report(runs):
    print(
        f"\n{'database':<10} {'messages':>9} {'total s':>8} {'prepare s':>10} {'msg/s':>7} "
        f"{'send msg/s':>11} {'peak MB':>8} {'msg KB':>7}  correct"
    )
    for run in runs:
        print(
            f"{run['database']:<10} {run['messages']:>9,} {run['total_seconds']:>8} "
            f"{run['prepare_seconds']!s:>10} {run['messages_per_second']:>7} "
            f"{run['send_messages_per_second']!s:>11} {run['worker_peak_rss_mb']:>8} "
            f"{run['average_message_kb']:>7}  {'yes' if run['correct'] else 'NO'}"
        )
    print(
        "\ntotal: from `send_mailings` to db_worker's exit; prepare: from the worker taking the "
        "newsletter to the first message sent;\nsend msg/s: from the first message sent to the "
        f"last; peak MB: the worker's VmHWM. {os.cpu_count()} cores, load average "
        f"{', '.join(str(run['load_average_before'][0]) for run in runs)} before each run."
    )
    for run in runs:
        for problem in run["problems"]:
            print(f"FAILED on {run['database']}: {problem}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--databases", default="sqlite", help="sqlite, postgres or both")
    parser.add_argument("--batch-size", type=int, default=500, help="messages a task")
    parser.add_argument(
        "--production", action="store_true", help="DEBUG=false, with a SECRET_KEY and SITE_URL"
    )
    parser.add_argument("--note", default="", help="written to the results, e.g. other load")
    args = parser.parse_args()
    databases = args.databases.split(",")
    if set(databases) - {"sqlite", "postgres"}:
        parser.error("--databases takes sqlite, postgres or sqlite,postgres")

    started = time.monotonic()
    runs = [
        bench(database, args.messages, args.batch_size, args.production) for database in databases
    ]
    report(runs)
    command = [".venv/bin/python", "bench/mailings.py", "--messages", str(args.messages)]
    command += ["--databases", args.databases, "--batch-size", str(args.batch_size)]
    command += ["--production"] if args.production else []
    out = ROOT / "bench" / "results" / f"mailings-{datetime.date.today()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "platform": platform.platform(),
                "python": platform.python_version(),
                "command": shlex.join(command),
                "note": args.note,
                "minutes": round((time.monotonic() - started) / 60, 1),
                "runs": runs,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    log(f"written {out.relative_to(ROOT)}")
    if not all(run["correct"] for run in runs):
        sys.exit(1)


if __name__ == "__main__":
    main()
