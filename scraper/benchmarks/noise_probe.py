"""Arabic story pages with the furniture of today's news sites, written here: which extractor leaks what.

    python -m scraper.benchmarks.noise_probe [--pages 200] [--only ours,trafilatura,readability]

Each page is one of three Arabic stories (six paragraphs each) with eight furniture blocks of 50
kinds around and between its paragraphs, and two parts of the story besides its paragraphs (a
sub-heading, a list, a quote, a key-points box, a closing data table), placed by a seeded draw (one
page in five of these is a brief of one or two paragraphs); every third page is instead a story
written as text with <br>s in one box (no <p>) with five furniture lines of 17 kinds among its lines
(LINES). The furniture: podcast, newsletter and app promos, sponsored feeds and sponsor lines, author bios,
comment policies and comments, photo captions and credits, bylines, dates and update lines,
read-also lines and boxes in several spellings, related and most-read lists, tags, share, follow and
page tools, a cookie banner and AMP's consent element, polls, counters, copyright and source lines,
WhatsApp/Telegram/YouTube/Google News pleas. Every class name is a meaningless token (as CSS-module
builds print them): what is found is found by the wording and the structure, not by a class. The
wordings are those of Arab sites' pages as the reference notes (../shared/reference) and the
corpus's real pages show them; the pages themselves are written, not recorded, and the shapes were
written knowing the rules: a probe of shapes and a regression check beside the real pages of
``scraper.bench``, not a held-out figure.

For each system, side by side on the same bytes: per furniture kind, the pages whose body keeps one
of the kind's strings; per story part, the pages that lost it; the pages that lost story text.
Outside the test suite (the shapes that matter are pinned by tests/test_adversarial.py).
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys

STORIES = [
    ("الصحة تطلق حملة وطنية للتطعيم ضد الأمراض الموسمية", [
        "أعلنت وزارة الصحة في القاهرة، اليوم الثلاثاء، عن إطلاق حملة وطنية جديدة للتطعيم ضد الأمراض الموسمية "
        "تستهدف أكثر من عشرة ملايين مواطن في مختلف المحافظات خلال الأسابيع المقبلة.",
        "وقال المتحدث الرسمي باسم الوزارة إن الحملة ستبدأ في المدارس والجامعات ومراكز الشباب، على أن تمتد لاحقا "
        "إلى الوحدات الصحية في القرى والمناطق النائية التي تعاني من نقص الخدمات.",
        "وأضاف أن الوزارة وفرت كميات كافية من اللقاحات بالتعاون مع منظمة الصحة العالمية، مشيرا إلى أن فرقا متنقلة "
        "ستجوب الأحياء الشعبية لتسهيل وصول كبار السن إلى التطعيم.",
        "وأوضح أن الحملة تأتي في إطار خطة الدولة لتطوير منظومة الرعاية الأولية، وأن نتائج الحملات السابقة أظهرت "
        "انخفاضا ملحوظا في معدلات الإصابة والوفيات بين الأطفال.",
        "من جهتهم، رحب عدد من الأطباء بالخطوة، مؤكدين أن التطعيم المبكر يقلل الضغط على المستشفيات خلال فصل "
        "الشتاء الذي يشهد عادة ارتفاعا في أعداد المرضى المترددين على أقسام الطوارئ.",
        "ودعت الوزارة المواطنين إلى التوجه لأقرب وحدة صحية والاستفسار عن مواعيد الحملة عبر الخط الساخن، مؤكدة أن "
        "التطعيم مجاني ومتاح لجميع الفئات العمرية دون استثناء.",
    ]),
    ("تراجع أسعار النفط بعد بيانات المخزونات الأمريكية", [
        "تراجعت أسعار النفط في تعاملات الأربعاء بعد أن أظهرت بيانات رسمية ارتفاعا غير متوقع في مخزونات الخام "
        "الأمريكية، ما زاد المخاوف من ضعف الطلب في أكبر مستهلك للنفط في العالم.",
        "وانخفضت العقود الآجلة لخام برنت بنحو واحد بالمئة لتسجل أدنى مستوى لها في ثلاثة أسابيع، فيما هبط خام غرب "
        "تكساس الوسيط بنسبة مماثلة في التداولات الآسيوية المبكرة.",
        "وقال محللون إن السوق تترقب قرار تحالف أوبك بلس بشأن مستويات الإنتاج في اجتماعه المقبل، وسط انقسام بين "
        "الأعضاء حول تمديد التخفيضات الطوعية حتى نهاية العام.",
        "وأضافوا أن تباطؤ النمو الاقتصادي في الصين وأوروبا يضغط على توقعات الطلب، رغم استمرار التوترات الجيوسياسية "
        "في المنطقة التي عادة ما تدعم الأسعار.",
        "وفي سياق متصل، أعلنت شركة أرامكو السعودية رفع أسعار البيع الرسمية لشحنات الخام العربي الخفيف المتجهة إلى "
        "آسيا للشهر الثاني على التوالي.",
        "ويتوقع خبراء أن تبقى الأسعار في نطاق ضيق خلال الأسابيع المقبلة إلى حين اتضاح صورة الطلب العالمي مع "
        "اقتراب فصل الشتاء وارتفاع استهلاك وقود التدفئة.",
    ]),
    ("افتتاح معرض الكتاب بمشاركة ألف دار نشر", [
        "افتتح وزير الثقافة مساء الخميس الدورة الجديدة لمعرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر عربية "
        "وأجنبية من خمسين دولة، في واحدة من أكبر الدورات منذ انطلاق المعرض.",
        "ويضم المعرض هذا العام جناحا خاصا لكتب الأطفال وآخر للمخطوطات النادرة، إلى جانب برنامج ثقافي يتضمن "
        "ندوات وأمسيات شعرية وحفلات توقيع لعشرات الكتاب.",
        "وقال رئيس اللجنة المنظمة إن إدارة المعرض خصصت حافلات مجانية لنقل الزوار من وسط المدينة، وأطلقت تطبيقا "
        "إلكترونيا يتيح البحث عن العناوين ومواقع دور النشر داخل القاعات.",
        "وأشار إلى أن الدورة الحالية تحتفي بالرواية العربية المعاصرة، وتستضيف عددا من الفائزين بالجوائز الأدبية "
        "الكبرى في لقاءات مفتوحة مع القراء.",
        "وشهد اليوم الأول إقبالا كبيرا من طلاب المدارس والجامعات، فيما اشتكى بعض الناشرين من ارتفاع أسعار الورق "
        "وتكاليف الشحن التي انعكست على أسعار الكتب.",
        "ويستمر المعرض حتى نهاية الشهر الجاري، ويفتح أبوابه يوميا من العاشرة صباحا حتى التاسعة مساء، على أن تخصص "
        "الفترة الصباحية للزيارات المدرسية.",
    ]),
]

_CLASS = itertools.count()


def _k() -> str:
    return f"c{next(_CLASS):05x}q"


def _furniture() -> dict[str, tuple[str, str, list[str]]]:
    """kind -> (where: "top" | "mid" | "end", markup, strings that are no story)."""
    k = _k
    cards = "".join(f'<div class="{k()}"><a href="https://ads.example/{i}"><img src="x{i}.jpg"><span>اكتشف أفضل '
                    f'عروض الشقق الفندقية في دبي بأسعار لا تصدق رقم {i}</span></a></div>' for i in range(4))
    latest = "".join(f'<div><a href="/l/{i}">عنوان خبر عاجل رقم {i} عن الأحداث الجارية في المنطقة</a><span>منذ {i + 1} '
                     'ساعات</span></div>' for i in range(5))
    comments = "".join(f'<div><b>{name}</b><span>منذ {i + 2} ساعات</span><p>تعليق القارئ رقم {i}: الخبر مهم ونتمنى '
                       'المزيد من المتابعة لهذه القضية في الأيام المقبلة</p></div>'
                       for i, name in enumerate(("أحمد سالم", "زائر", "منى خليل")))
    related = "".join(f'<div class="{k()}"><a href="/r/{i}"><img src="r{i}.jpg"><h4>تحذيرات من موجة برد جديدة في '
                      f'محافظات الدلتا رقم {i}</h4></a></div>' for i in range(4))
    return {
        "podcast": ("mid", f'<div class="{k()}"><h3>استمع إلى بودكاست "حكايات"</h3><p>حلقة جديدة كل أسبوع عن قصص من '
                    'الحياة اليومية في المدن العربية</p><a href="/podcast">استمع الآن</a></div>',
                    ["بودكاست", "حلقة جديدة كل أسبوع"]),
        "sponsored": ("mid", f'<div class="{k()}"><span>محتوى مدعوم</span>{cards}</div>', ["محتوى مدعوم", "عروض الشقق"]),
        "author bio": ("end", f'<div class="{k()}"><img src="a.jpg"><h4>عن الكاتب</h4><p>محمد عبد الله كاتب صحفي '
                       'مصري، عمل في عدة صحف عربية ويكتب في الشؤون الصحية والاجتماعية منذ عام 2005.</p></div>',
                       ["عن الكاتب", "كاتب صحفي مصري"]),
        "comment policy": ("end", f'<div class="{k()}"><p>تنويه: التعليقات المنشورة لا تعبر عن رأي الموقع وإنما '
                           'تعبر عن رأي أصحابها، ويحتفظ الموقع بحق حذف أي تعليق مسيء.</p></div>', ["التعليقات المنشورة"]),
        "newsletter": ("mid", f'<div class="{k()}"><h3>النشرة البريدية</h3><p>اشترك ليصلك أهم الأخبار يوميا على '
                       'بريدك</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button>'
                       '</form></div>', ["النشرة البريدية", "يصلك أهم الأخبار"]),
        "caption, credit": ("top", f'<figure class="{k()}"><img src="p.jpg"><figcaption>الوزير خلال مؤتمر صحفي '
                            f'(أرشيفية)</figcaption></figure><p class="{k()}">صدر الصورة، Getty Images</p>',
                            ["مؤتمر صحفي (أرشيفية)", "صدر الصورة"]),
        "photo credit": ("mid", f'<div class="{k()}"><img src="p2.jpg"><span>تصوير: أحمد حسن</span></div>',
                         ["تصوير: أحمد"]),
        "byline, date": ("top", f'<div class="{k()}"><span>كتب: </span><a href="/author/1">محمود السيد</a></div>'
                         f'<div class="{k()}">نشر في: الثلاثاء 12 مارس 2024 - 10:30 ص</div>', ["محمود السيد", "نشر في"]),
        "read-also line": ("mid", '<p><strong>طالع أيضا: </strong><a href="/n/2">لا إصابات جديدة بالحصبة في المدارس'
                           '</a></p>', ["لا إصابات جديدة بالحصبة"]),
        "read-also line 2": ("mid", '<p>اقرأ أيضًا | <a href="/n/20">تفاصيل الخطة الجديدة في المحافظات</a></p>',
                             ["تفاصيل الخطة الجديدة"]),
        "read-more box": ("mid", f'<div class="{k()}"><h4>إقرأ المزيد</h4><ul><li><a href="/n/3">ارتفاع أسعار الأدوية '
                          'المستوردة بنسبة عشرين بالمئة</a></li><li><a href="/n/4">افتتاح مستشفى جديد لعلاج الأورام في '
                          'أسيوط</a></li></ul></div>', ["ارتفاع أسعار الأدوية", "مستشفى جديد لعلاج"]),
        "tags": ("end", f'<div class="{k()}"><span>الكلمات الدالة:</span> <a href="/t/1">وزارة الصحة</a> '
                 '<a href="/t/2">التطعيم</a> <a href="/t/3">الشتاء</a></div>', ["الكلمات الدالة"]),
        "share": ("top", f'<div class="{k()}"><span>شارك</span><a href="https://facebook.com/sharer">فيسبوك</a>'
                  '<a href="https://twitter.com/share">تويتر</a><a href="https://wa.me/?text=x">واتساب</a></div>', ["فيسبوك"]),
        "telegram plea": ("end", f'<p class="{k()}">تابعوا آخر الأخبار عبر قناتنا على تيليجرام</p>', ["قناتنا على تيليجرام"]),
        "cookie banner": ("top", f'<div class="{k()}"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمواصلة '
                          'التصفح فإنك توافق على ذلك.</p><button>موافق</button></div>', ["ملفات تعريف الارتباط"]),
        "amp-consent": ("top", '<amp-consent id="consent" layout="nodisplay"><div>نستخدم ملفات الكوكيز لتخصيص المحتوى '
                        'والإعلانات. <button on="tap:consent.accept">قبول</button></div></amp-consent>', ["ملفات الكوكيز"]),
        "next/previous": ("end", f'<div class="{k()}"><a href="/n/9">الخبر السابق</a><a href="/n/11">الخبر التالي</a>'
                          '</div>', ["الخبر التالي"]),
        "latest rail": ("end", f'<aside class="{k()}"><h3>آخر الأخبار</h3>{latest}</aside>', ["آخر الأخبار", "عنوان خبر عاجل"]),
        "reading time": ("top", f'<span class="{k()}">مدة القراءة: 3 دقائق</span>', ["مدة القراءة"]),
        "report an error": ("end", f'<div class="{k()}"><a href="/report">أبلغ عن خطأ</a></div>', ["أبلغ عن خطأ"]),
        "copyright": ("end", f'<p class="{k()}">جميع الحقوق محفوظة © 2024 الموقع الإخباري</p>', ["جميع الحقوق محفوظة"]),
        "reprint notice": ("end", f'<p class="{k()}">يمنع نسخ أو إعادة نشر أي جزء من محتوى الموقع دون إذن كتابي مسبق، '
                           'ويسمح بالاقتباس مع ذكر المصدر.</p>', ["يمنع نسخ"]),
        "app plea": ("mid", f'<p class="{k()}">حمل تطبيق الموقع على هواتف أندرويد وآيفون لتصلك الأخبار لحظة بلحظة</p>',
                     ["حمل تطبيق"]),
        "video teaser": ("mid", f'<div class="{k()}"><p>شاهد أيضا:</p><div><a href="/v/1"><img src="v.jpg">فيديو | لحظة '
                         'الافتتاح الرسمي</a></div></div>', ["شاهد أيضا", "لحظة الافتتاح"]),
        "ad label": ("mid", f'<div class="{k()}"><span>إعلان</span><div style="height:250px"></div></div>', ["إعلان"]),
        "whatsapp plea": ("mid", f'<p class="{k()}"><a href="https://whatsapp.com/channel/x">لمتابعة أهم الأخبار انضم إلى '
                          'قناتنا على واتساب</a></p>', ["قناتنا على واتساب"]),
        "google news plea": ("mid", f'<p class="{k()}"><a href="https://news.google.com/publications/x">تابعونا على جوجل '
                             'نيوز</a></p>', ["جوجل نيوز"]),
        "source line": ("end", f'<p class="{k()}">المصدر: وكالات</p>', ["المصدر: وكالات"]),
        "comments": ("end", f'<div class="{k()}"><h3>التعليقات</h3>{comments}</div>', ["تعليق القارئ"]),
        "guest comments": ("end", f'<div class="{k()}">' + "".join(
            f'<div><span>زائر · منذ {i + 1} ساعات</span><p>رأي زائر رقم {i}: نتمنى أن تتحسن الخدمات قريبا لأن الحياة '
            'أصبحت صعبة على الجميع</p></div>' for i in range(4)) + '</div>', ["رأي زائر رقم"]),
        "related cards": ("end", f'<div class="{k()}"><h3>أخبار ذات صلة</h3>{related}</div>', ["أخبار ذات صلة", "موجة برد"]),
        "photo caption line": ("mid", f'<img src="i.jpg"><p class="{k()}">صورة أرشيفية لأحد مراكز المدينة</p>',
                               ["صورة أرشيفية لأحد"]),
        "photo source": ("mid", f'<div class="{k()}"><img src="i2.jpg"><p>الصورة: رويترز</p></div>', ["الصورة: رويترز"]),
        "byline at the end": ("end", f'<p class="{k()}">كتب - محمد علي</p>', ["محمد علي"]),
        "related topics": ("end", f'<div class="{k()}"><h3>مواضيع متعلقة</h3><ul><li><a href="/a/1">خطة الشتاء الجديدة '
                           'للمستشفيات الحكومية</a></li><li><a href="/a/2">ارتفاع الإصابات بالإنفلونزا في المدارس</a></li>'
                           '</ul></div>', ["مواضيع متعلقة", "خطة الشتاء الجديدة"]),
        "click here": ("mid", f'<p class="{k()}"><a href="/live">اضغط هنا لمتابعة التغطية المباشرة</a></p>', ["اضغط هنا"]),
        "most read": ("end", f'<div class="{k()}"><h3>الأكثر قراءة</h3><ol>' + "".join(
            f'<li><a href="/m/{i}">خبر من الأكثر قراءة رقم {i} عن أسعار الذهب اليوم</a></li>' for i in range(5))
            + '</ol></div>', ["الأكثر قراءة", "أسعار الذهب اليوم"]),
        "related links": ("mid", f'<div class="{k()}"><span>روابط ذات صلة:</span><a href="/x/1">وزير الصحة يتفقد '
                          'مستشفيات الصعيد</a></div>', ["روابط ذات صلة", "يتفقد مستشفيات الصعيد"]),
        "may interest you": ("end", f'<section class="{k()}"><h2>مقالات قد تهمك</h2>' + "".join(
            f'<article><a href="/y/{i}"><h3>عنوان مقال مقترح رقم {i} عن الصحة العامة والتغذية</h3></a></article>'
            for i in range(3)) + '</section>', ["مقالات قد تهمك", "عنوان مقال مقترح"]),
        "read-also line 3": ("mid", '<p>إقرأ أيضاً: <a href="/z/1">انخفاض أسعار الخضروات في الأسواق</a></p>',
                             ["انخفاض أسعار الخضروات"]),
        "read-also line 4": ("mid", '<p><a href="/z/2">اقرأ كذلك: البنك المركزي يثبت أسعار الفائدة</a></p>',
                             ["يثبت أسعار الفائدة"]),
        "more line": ("mid", '<p><b>المزيد:</b> <a href="/z/3">تعرف على مواعيد القطارات الجديدة</a></p>',
                      ["مواعيد القطارات الجديدة"]),
        "related line": ("mid", '<div><span>ذات صلة</span><a href="/z/4">الأرصاد تحذر من أمطار رعدية غدا</a></div>',
                         ["أمطار رعدية غدا"]),
        "poll": ("mid", f'<div class="{k()}"><h4>استطلاع رأي</h4><p>هل تؤيد القرار الجديد؟</p><form><label><input '
                 'type="radio" name="v">نعم</label><label><input type="radio" name="v">لا</label><button>صوت</button>'
                 '</form></div>', ["استطلاع رأي", "هل تؤيد القرار"]),
        "follow bar": ("end", f'<div class="{k()}"><span>تابعونا على</span><a href="https://facebook.com/x">فيسبوك</a>'
                       '<a href="https://x.com/x">إكس</a><a href="https://instagram.com/x">إنستغرام</a></div>',
                       ["تابعونا على"]),
        "sponsor line": ("mid", f'<div class="{k()}"><p>هذا المحتوى مقدم من شركة الاتصالات الوطنية</p></div>',
                         ["هذا المحتوى مقدم"]),
        "update line": ("end", f'<p class="{k()}">آخر تحديث: الثلاثاء 12 مارس 2024 - 11:45 ص</p>', ["آخر تحديث"]),
        "editor's note": ("end", f'<p class="{k()}"><em>(تم تحديث هذا الخبر بإضافة تصريحات المتحدث الرسمي)</em></p>',
                          ["تم تحديث هذا الخبر"]),
        "youtube plea": ("mid", f'<p class="{k()}">اشترك في قناتنا على يوتيوب لمشاهدة المزيد من الفيديوهات</p>',
                         ["قناتنا على يوتيوب"]),
        "view counter": ("top", f'<span class="{k()}">عدد المشاهدات: 1520</span>', ["عدد المشاهدات"]),
        "page tools": ("top", f'<div class="{k()}"><a href="#print">طباعة</a><a href="mailto:?x">أرسل لصديق</a>'
                       '<a href="#">تكبير الخط</a></div>', ["أرسل لصديق"]),
    }


# Furniture printed as lines of a story written as text with <br>s in one box (no <p>): every third page.
LINES = {
    "line: read-also": ('اقرأ أيضا: <a href="/n/1">الحكومة تعلن موعد صرف المعاشات الجديدة</a>', ["موعد صرف المعاشات"]),
    "line: read-also 2": ('<b>طالع أيضًا</b><br><a href="/n/2">ارتفاع درجات الحرارة غدا في القاهرة</a>',
                          ["ارتفاع درجات الحرارة"]),
    "line: twitter plea": ("تابعوا آخر الأخبار عبر حسابنا على تويتر", ["حسابنا على تويتر"]),
    "line: whatsapp plea": ('<a href="https://whatsapp.com/channel/1">انضم لقناتنا على واتساب</a>', ["قناتنا على واتساب"]),
    "line: source": ("المصدر: وكالة الأنباء الرسمية", ["وكالة الأنباء الرسمية"]),
    "line: byline": ("كتب: أحمد محمود", ["أحمد محمود"]),
    "line: photo credit": ('<img src="x.jpg"><br>تصوير: محمد سعيد', ["محمد سعيد"]),
    "line: caption": ('<img src="y.jpg"><br>الوزير خلال الاجتماع (أرشيفية)', ["خلال الاجتماع"]),
    "line: more news": ('للمزيد من الأخبار <a href="/">اضغط هنا</a>', ["للمزيد من الأخبار"]),
    "line: tags": ("الكلمات المفتاحية: الصحة، التعليم، الاقتصاد", ["الكلمات المفتاحية"]),
    "line: ad label": ("إعلان", ["إعلان"]),
    "line: video": ('شاهد الفيديو: <a href="/v/1">لحظة وصول الوزير إلى المستشفى</a>', ["لحظة وصول الوزير"]),
    "line: sponsor": ("هذا المحتوى برعاية شركة النيل للتأمين", ["النيل للتأمين"]),
    "line: podcast": ('استمع إلى بودكاست "نشرة الصباح" <a href="/p">من هنا</a>', ["نشرة الصباح"]),
    "line: app plea": ("حمّل تطبيق الموقع الآن من متجر جوجل بلاي", ["متجر جوجل بلاي"]),
    "line: nabd plea": ("تابعونا على تطبيق نبض", ["تطبيق نبض"]),
    "line: update": ("آخر تحديث: 12 مارس 2024 10:30 ص", ["آخر تحديث"]),
}


# Parts of the story besides its paragraphs, which must stay: (where, markup, strings of it). A
# sub-heading goes before a paragraph, a table after the last one (a story that ends with its table).
PARTS = {
    "sub-heading": ("before", "<h2>تفاصيل الخطة</h2>", ["تفاصيل الخطة"]),
    "list": ("mid", "<ul><li>توفير الخدمة في جميع المحافظات خلال شهرين</li><li>تدريب ألفي موظف على النظام الجديد</li>"
             "<li>إطلاق خط ساخن للرد على استفسارات المواطنين</li></ul>", ["تدريب ألفي موظف", "إطلاق خط ساخن"]),
    "quote": ("mid", "<blockquote><p>«هذه الخطوة هي الأكبر في تاريخ البلاد، ونأمل أن تصل إلى كل بيت»، بحسب تصريح "
              "الوزير للصحفيين.</p></blockquote>", ["الأكبر في تاريخ البلاد"]),
    "key points": ("mid", f'<div class="{_k()}"><h3>أبرز النقاط</h3><ul><li>الخطة تستهدف عشرة ملايين مواطن</li>'
                   "<li>الخدمة مجانية لجميع الفئات</li></ul></div>", ["تستهدف عشرة ملايين مواطن"]),
    "table": ("last", "<table><tr><th>المحافظة</th><th>عدد المستهدفين</th></tr><tr><td>القاهرة</td><td>2.5 مليون</td>"
              "</tr><tr><td>الجيزة</td><td>1.8 مليون</td></tr></table>", ["عدد المستهدفين", "الجيزة 1.8 مليون"]),
}


def page(seed: int, furniture: dict) -> tuple[bytes, str, list[str], list[str], list[str]]:
    """(html, url, story paragraphs, furniture kinds, story parts) of probe page ``seed``."""
    rnd = random.Random(seed)
    title, story = STORIES[seed % len(STORIES)]
    if seed % 3 == 2:
        return _br_page(seed, rnd, title, story)
    if seed % 5 == 4:   # (a brief: one or two paragraphs, as much furniture)
        story = story[:1 + seed % 2]
    kinds = rnd.sample(sorted(furniture), 8)
    parts = rnd.sample(sorted(PARTS), 2)
    top = [x for x in kinds if furniture[x][0] == "top"]
    mid = [x for x in kinds if furniture[x][0] == "mid"]
    end = [x for x in kinds if furniture[x][0] == "end"]
    slots = rnd.sample(range(1, len(story)), min(len(mid), len(story) - 1))
    at = dict(zip(slots, mid))
    inner = [x for x in parts if PARTS[x][0] in ("before", "mid")][:len(story) - 1]
    parts = [x for x in parts if PARTS[x][0] == "last" or x in inner]
    before = dict(zip(rnd.sample(range(1, len(story)), len(inner)), inner))
    body = []
    for i, s in enumerate(story):
        if i in at:
            body.append(furniture[at[i]][1])
        if i in before:
            body.append(PARTS[before[i]][1])
        body.append(f"<p>{s}</p>")
    body += [PARTS[x][1] for x in parts if PARTS[x][0] == "last"]
    body += [furniture[x][1] for x in mid[len(slots):]]
    outer = "article" if seed % 2 else "div"   # (half the pages without <article>)
    html = (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | الموقع</title>'
            f'</head><body><header class="{_k()}"><nav><a href="/">الرئيسية</a><a href="/s/1">محليات</a>'
            f'<a href="/s/2">اقتصاد</a><a href="/s/3">رياضة</a></nav></header><main><{outer} class="{_k()}">'
            f'<h1>{title}</h1>{"".join(furniture[x][1] for x in top)}<div class="{_k()}">{"".join(body)}</div>'
            f'{"".join(furniture[x][1] for x in end)}</{outer}></main><footer class="{_k()}"><p>جميع الحقوق محفوظة © '
            f'2024</p></footer></body></html>')
    # (each string looked for is on the page as one run of text: a leak cannot go unseen)
    assert all(t in html for x in kinds for t in furniture[x][2]), kinds
    return html.encode(), f"https://news.example/2024/03/12/story-{seed}", story, kinds, parts


def _br_page(seed: int, rnd: random.Random, title: str, story: list[str]):
    """A story written as text with <br>s in one box, five furniture lines among its lines (LINES)."""
    kinds = rnd.sample(sorted(LINES), 5)
    segs = list(story)
    for x in kinds:
        segs.insert(rnd.randint(1, len(segs)), LINES[x][0])
    sep = "<br><br>" if seed % 2 else "<br>"
    html = (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><nav><a href="/">الرئيسية</a><a href="/s/1">محليات</a></nav></header><div class="{_k()}"><h1>{title}'
            f'</h1><div class="{_k()}">{sep.join(segs)}</div></div><footer><p>جميع الحقوق محفوظة</p></footer></body></html>')
    assert all(t in html for x in kinds for t in LINES[x][1]), kinds
    return html.encode(), f"https://news.example/2024/03/12/story-{seed}", story, kinds, []


def run(n_pages: int, systems: dict) -> dict:
    """{system: {"lost": pages, "leaky": pages, "kinds": {kind: [pages with it, pages leaking it]},
    "parts": {part: [pages with it, pages that lost it]}}}."""
    from scraper.bench import call

    furniture = _furniture()
    strings = {**{x: v[2] for x, v in furniture.items()}, **{x: v[1] for x, v in LINES.items()}}
    out = {name: {"lost": 0, "leaky": 0, "kinds": {x: [0, 0] for x in strings}, "parts": {x: [0, 0] for x in PARTS}}
           for name in systems}
    for seed in range(n_pages):
        html, url, story, kinds, parts = page(seed, furniture)
        for name, fn in systems.items():
            body, _, _ = call(fn, html, url, 60.0)
            flat = " ".join(body.split())
            res = out[name]
            lost = any(" ".join(s.split()) not in flat for s in story)
            for x in parts:
                res["parts"][x][0] += 1
                if not all(t in flat for t in PARTS[x][2]):
                    res["parts"][x][1] += 1
                    lost = True
            res["lost"] += lost
            leaky = False
            for x in kinds:
                res["kinds"][x][0] += 1
                if any(s in flat for s in strings[x]):
                    res["kinds"][x][1] += 1
                    leaky = True
            res["leaky"] += leaky
    return out


def main(argv=None) -> int:
    from scraper.bench import load_system

    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.noise_probe", description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--only", default="ours,trafilatura,readability")
    args = ap.parse_args(argv)
    systems = {}
    for name in args.only.split(","):
        try:
            systems[name] = load_system(name, "scraper.extract:extract")
        except ImportError as exc:
            print(f"{name}: not installed ({exc}); `make bench` installs the peers", file=sys.stderr)
    res = run(args.pages, systems)
    names = list(res)
    print(f"{args.pages} written Arabic story pages, class names meaningless: 8 furniture blocks and 2 story parts each,"
          " or (every third page) 5 furniture lines among <br>-separated story text")
    print(f"{'furniture kind (pages)':34}" + "".join(f"{n:>14}" for n in names) + "   (pages leaking it)")
    kinds = sorted(res[names[0]]["kinds"]) if names else []
    for x in kinds:
        on = res[names[0]]["kinds"][x][0]
        print(f"{x + f' ({on})':34}" + "".join(f"{res[n]['kinds'][x][1]:>14}" for n in names))
    print(f"{'pages leaking any':34}" + "".join(f"{res[n]['leaky']:>14}" for n in names))
    print(f"{'story parts (pages)':34}" + "".join(f"{n:>14}" for n in names) + "   (pages that lost it)")
    for x in sorted(PARTS):
        on = res[names[0]]["parts"][x][0] if names else 0
        print(f"{x + f' ({on})':34}" + "".join(f"{res[n]['parts'][x][1]:>14}" for n in names))
    print(f"{'pages that lost story text':34}" + "".join(f"{res[n]['lost']:>14}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
