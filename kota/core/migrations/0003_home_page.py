"""The home page's first text, from the network's "What We Do" page. Staff edit it afterwards
in the admin (Pages); this migration only creates pages that do not exist yet."""

from django.db import migrations

HOME = {
    "en": ("A network of cities and local governments across Asia and the Pacific", """
Local governments are the sphere of government closest to their people. They understand local
needs and live the realities of localising national commitments and the global agendas. This
network is the united voice of local self-governments in Asia and the Pacific, and supports its
member cities and local governments through advocacy and capacity building.

### Capacity building

We build the awareness and capacity of local governments and their associations to establish
enabling environments for effective decentralisation, and to negotiate the reallocation of
authority and resources. We support COVID-19 recovery and resilience together with climate
mitigation, adaptation and resilience, through webinars and exchanges that put local response
and recovery at the centre.

### Our statutory objectives

- To promote strong and effective democratic local self-government throughout the region and the
  world by fostering unity and cooperation among members.
- To ensure the effective political representation of local government to the UN and other
  international communities.
- To be the worldwide source of key information on local government, learning, exchange and
  capacity building to support democratic local governments and their associations.
- To promote economic, social, cultural, vocational and environmental development by enhancing
  the services to citizens based on good governance.
- To promote race and gender equality, combating discrimination, promoting decentralised
  cooperation and international cooperation between local governments and their associations.
- To promote twinning and partnership between local governments and peoples.
"""),
    "id": ("Jaringan kota dan pemerintah daerah di Asia dan Pasifik", """
Pemerintah daerah adalah lingkup pemerintahan yang paling dekat dengan warganya. Mereka memahami
kebutuhan setempat dan menjalani kenyataan melokalkan komitmen nasional dan agenda global.
Jaringan ini adalah suara bersama pemerintah daerah otonom di Asia dan Pasifik, dan mendukung
kota dan pemerintah daerah anggotanya melalui advokasi dan peningkatan kapasitas.

### Peningkatan kapasitas

Kami membangun kesadaran dan kapasitas pemerintah daerah dan asosiasinya untuk menciptakan
lingkungan yang mendukung desentralisasi yang efektif, serta merundingkan pengalihan kewenangan
dan sumber daya. Kami mendukung pemulihan dan ketahanan pasca COVID-19 bersama mitigasi,
adaptasi dan ketahanan iklim, melalui webinar dan pertukaran yang menempatkan respons dan
pemulihan daerah di pusatnya.

### Tujuan statuta kami

- Memajukan pemerintahan daerah otonom yang demokratis, kuat dan efektif di seluruh kawasan dan
  dunia dengan membina persatuan dan kerja sama antaranggota.
- Menjamin keterwakilan politik pemerintah daerah yang efektif di PBB dan komunitas
  internasional lainnya.
- Menjadi sumber informasi utama dunia tentang pemerintahan daerah, pembelajaran, pertukaran
  dan peningkatan kapasitas untuk mendukung pemerintah daerah yang demokratis dan asosiasinya.
- Memajukan pembangunan ekonomi, sosial, budaya, vokasi dan lingkungan dengan meningkatkan
  layanan kepada warga berdasarkan tata kelola yang baik.
- Memajukan kesetaraan ras dan gender, melawan diskriminasi, serta memajukan kerja sama
  terdesentralisasi dan kerja sama internasional antarpemerintah daerah dan asosiasinya.
- Memajukan kota kembar dan kemitraan antarpemerintah daerah dan antarmasyarakat.
"""),
    "zh-hans": ("亚太地区城市与地方政府网络", """
地方政府是最贴近民众的一级政府。它们了解本地需求，亲身经历将国家承诺和全球议程本地化的现实。
本网络是亚太地区地方自治政府的共同声音，通过倡导和能力建设支持成员城市和地方政府。

### 能力建设

我们帮助地方政府及其协会增强意识和能力，营造有效分权的有利环境，并就权力和资源的重新分配进行协商。
我们通过以地方应对与复苏为中心的网络研讨会和交流，支持新冠疫情后的复苏与韧性，以及气候减缓、适应与韧性。

### 我们的章程目标

- 通过促进成员之间的团结与合作，在本地区乃至全世界推动强有力、有效的民主地方自治。
- 确保地方政府在联合国和其他国际社会中得到有效的政治代表。
- 成为全球地方政府信息、学习、交流和能力建设的重要来源，支持民主的地方政府及其协会。
- 在善治的基础上改善对市民的服务，促进经济、社会、文化、职业和环境发展。
- 促进种族和性别平等，反对歧视，推动地方政府及其协会之间的分散合作与国际合作。
- 促进地方政府之间、人民之间的友好城市关系与伙伴关系。
"""),
}


def create(apps, schema_editor):
    Page = apps.get_model("core", "Page")
    for language, (title, body) in HOME.items():
        Page.objects.get_or_create(
            slug="home", language=language, defaults={"title": title, "body": body.strip()}
        )


class Migration(migrations.Migration):
    dependencies = [("core", "0002_load_taxonomies")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
