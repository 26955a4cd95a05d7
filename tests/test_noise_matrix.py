"""Noise matrix: every read-also spelling in every markup, every banner wording in every banner
shape and position, every furniture line at both edges, on one story; the story must come out whole
and alone. One test per family; a failure lists every combination that broke."""
import itertools

from scraper.extract import extract

S = [
    "قال رئيس الوزراء إن الحكومة ستقدم موازنة جديدة إلى البرلمان خلال الشهر المقبل تتضمن زيادة في الإنفاق "
    "على التعليم والصحة.",
    "وأوضح أن العجز المتوقع سيكون أقل من العام الماضي بفضل ارتفاع الإيرادات الضريبية وتحسن أداء الصادرات "
    "غير النفطية.",
    "وأضاف أن الحكومة ستطلق برنامجا لدعم المشروعات الصغيرة والمتوسطة بقيمة مليار دولار خلال العامين المقبلين.",
]
STORY = "".join(f"<p>{x}</p>" for x in S)

MARKERS = ["اقرأ أيضا","اقرأ أيضاً","إقرأ أيضًا","أقرأ ايضا","اقرا ايضا","اقـــرأ أيضـــاً","شاهد أيضا","طالع أيضاً","انظر أيضا","اقرأ كذلك","قد يهمك أيضاً","اقرأ المزيد","للمزيد","مواضيع ذات صلة","أخبار ذات صلة","اخترنا لكم","الأكثر قراءة","المزيد حول هذه القصة","موضوعات متعلقة","إقرأ أيضاُ","Read also","Read more"]
TITLE = "عنوان خبر آخر عن الاقتصاد المحلي"
READ_ALSO_MARKUP = {
 "strong+a": "<p><strong>{m}:</strong> <a href='/x'>{t}</a></p>",
 "plain+a": "<p>{m}: <a href='/x'>{t}</a></p>",
 "plain-colon": "<p>{m}: {t}</p>",
 "a-whole": "<p><a href='/x'>{m}: {t}</a></p>",
 "label+ul": "<label>{m} :</label><ul><li><a href='/x'>{t}</a></li><li><a href='/y'>{t} 2</a></li></ul>",
 "p+links": "<p>{m}:</p><p><a href='/x'>{t}</a></p><p><a href='/y'>{t} 2</a></p>",
 "h3+ul": "<h3>{m}</h3><ul><li><a href='/x'>{t}</a></li><li><a href='/y'>{t} 2</a></li></ul>",
 "div-box": "<div><span>{m}</span><a href='/x'><img src='a.jpg'></a><a href='/x'>{t}</a></div>",
 "div-box-br": "<div>{m}<br><a href='/x'>{t}</a><br><a href='/y'>{t} 2</a></div>",
 "strong-nolink": "<p><strong>{m}</strong> {t}</p>",
 "blockquote": "<blockquote><p>{m}: <a href='/x'>{t}</a></p></blockquote>",
 "li-single": "<ul><li><strong>{m}:</strong> <a href='/x'>{t}</a></li></ul>",
 "pipe": "<p>{m} | <a href='/x'>{t}</a></p>",
 "arrow": "<p>{m} >> <a href='/x'>{t}</a></p>",
}
BANNER_WORDING = ["هذا الموقع يستخدم ملف تعريف الارتباط Cookie",
 "نستخدم ملفات تعريف الارتباط (Cookies) لتحسين تجربتك على موقعنا. باستمرارك في تصفح الموقع فإنك توافق على استخدامها.",
 "يستخدم هذا الموقع ملفات تعريف الارتباط ويمنحك التحكم في تلك التي تريد تنشيطها",
 "نستخدم الكوكيز لتحسين تجربتك. باستمرارك في تصفح الموقع، فإنك توافق على استخدامها.",
 "نحن وشركاؤنا نستخدم تقنيات مثل ملفات تعريف الارتباط لمعالجة البيانات الشخصية",
 "سيتم تحسين تجربتك على هذا الموقع عن طريق السماح بالكوكيز.",
 "نستخدم ملفات الارتباط لتحسين تجربة التصفح. وباستمرارك في تصفح هذا الموقع، فإنك تقر بذلك وتوافق على استخدام ملفات الارتباط.",
 "أخبرنا عما إذا كنت توافق على تحميل الكوكيز",
 "We use cookies to ensure that we give you the best experience on our website.",
 "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
 "By continuing to browse the site you are agreeing to our use of cookies.",
 "هذا الموقع يستخدم ملفات تعرف الارتباط. نحن نستخدم ملفات تعريف الارتباط للتأكد من أننا نقدم لك أفضل تجربة على موقعنا.",
]
BANNER_MARKUP = {
 "div+buttons":"<div id='x1'><p>{w}</p><button>موافق</button><button>رفض</button></div>",
 "div+links":"<div class='c7'><span>{w}</span> <a href='/privacy'>سياسة الخصوصية</a> <a href='#'>قبول</a></div>",
 "p-only":"<p>{w}</p>",
 "p+p-button":"<p>{w}</p><p><a href='#'>موافق</a></p>",
 "complianz":"<div id='cmplz-cookiebanner-container'><div class='cmplz-cookiebanner'><div class='cmplz-message'>{w}</div></div></div>",
 "cli":"<div id='cookie-law-info-bar'><span>{w}<a id='wt-cli-accept-all-btn'>Accept</a></span></div>",
 "fc":"<div class='fc-consent-root'><div class='fc-dialog-container'><p>{w}</p></div></div>",
 "aside-fixed":"<aside style='position:fixed;bottom:0'><p>{w}</p><a>حسناً</a></aside>",
 "noscript":"<noscript><div>{w}</div></noscript>",
 "template":"<script type='text/template'><div class='cky-consent-container'>{w}</div></script>",
}
FURNITURE = ["هذا المحتوى حصري للمشتركين، اشترك الآن للوصول الكامل", "Article réservé aux abonnés","تابعوا آخر أخبار اليوم السابع عبر Google News","تابعنا على تويتر","للاشتراك في النشرة البريدية اضغط هنا",
"حمّل تطبيق الموقع على هاتفك","انضم إلى قناتنا على تيليجرام","شارك الخبر","رابط مختصر","الوسوم: اقتصاد، موازنة",
"كلمات دالة: الحكومة، البرلمان","جميع الحقوق محفوظة © 2024","إعلان","(صورة أرشيفية)","تصوير: أحمد علي",
"اضغط هنا للمزيد","لمتابعة أخبار الاقتصاد اضغط هنا","تابع قناة الموقع على واتساب","نشر في: 3 مايو 2024",
"آخر تحديث: الأحد 03 مايو 2024 - 10:30 م","المصدر: وكالات","كتب: محمد علي","بقلم: سارة أحمد","شارك على فيسبوك",
"أرسل لصديق","طباعة","حجم الخط","التعليقات","أضف تعليقك","(رويترز)"]


def _run(body: str):
    html = f'<html lang="ar"><head><meta charset="utf-8"><title>x</title></head><body>{body}</body></html>'
    return extract(html.encode(), "https://example.com/a/1")


def test_read_also_lines_in_every_spelling_and_markup():
    broken = []
    for (name, markup), marker in itertools.product(READ_ALSO_MARKUP.items(), MARKERS):
        noise = markup.format(m=marker, t=TITLE)
        for where, inner in (("middle", f"<p>{S[0]}</p><p>{S[1]}</p>{noise}<p>{S[2]}</p>"), ("end", STORY + noise)):
            art = _run(f"<article>{inner}</article>")
            if art.paragraphs != S:
                broken.append((name, marker, where, art.paragraphs))
    assert not broken, broken[:10]


def test_cookie_banners_in_every_wording_shape_and_position():
    broken = []
    for (name, markup), wording in itertools.product(BANNER_MARKUP.items(), BANNER_WORDING):
        b = markup.format(w=wording)
        for where, body in (("before", b + f"<article>{STORY}</article>"), ("top", f"<article>{b}{STORY}</article>"),
                            ("bottom", f"<article>{STORY}{b}</article>"), ("after", f"<article>{STORY}</article>{b}")):
            art = _run(body)
            if art.problem or art.paragraphs != S:
                broken.append((name, wording[:30], where, art.problem, art.paragraphs))
    assert not broken, broken[:10]


def test_furniture_lines_at_both_edges():
    broken = []
    for line in FURNITURE:
        for where, inner in (("end", STORY + f"<p>{line}</p>"), ("start", f"<p>{line}</p>" + STORY)):
            if _run(f"<article>{inner}</article>").paragraphs != S:
                broken.append((line, where))
    assert not broken, broken
