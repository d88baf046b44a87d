"""Build the fifth round of contacts_real from (surface, occurrence) pairs; check offsets."""
import json, re, sys

ROWS = []

def span(text, surface, occ=1):
    i = -1
    for _ in range(occ):
        i = text.find(surface, i + 1)
        if i < 0:
            raise SystemExit(f"not found: {surface!r} #{occ}")
    end = i + len(surface)
    if i > 0 and re.match(r"[\u0621-\u064a]", text[i - 1]):
        print(f"  note: preceded by a letter: {text[max(0,i-3):end]!r}")
    if end < len(text) and re.match(r"[\u0621-\u064a]", text[end]):
        raise SystemExit(f"glued: {surface!r} #{occ} -> {text[i:end+3]!r}")
    return [i, end]

def C(mode, parts, countries, date, status="held", host=None, place=None, mentions=(), note=""):
    return dict(mode=mode, participants=parts, countries=countries, host=host, date=date,
                place=place, status=status, treaties=[], mentions=list(mentions), note=note)

def row(label, source, outlet, country, reference, text, contacts, skipped=()):
    ROWS.append(dict(label=label, source=source, outlet=outlet, country=country,
                     reference=reference, text=text, contacts=contacts(text) if callable(contacts) else contacts,
                     skipped=skipped(text) if callable(skipped) else list(skipped)))

# 1 ---------------------------------------------------------------------------------
T = ("عبداللهيان والمقداد يبحثان هاتفيا بشان العلاقات الثنائية والقضايا الاقليمية\n\n"
     "تلقى وزير الخارجية الايراني حسين امير عبداللهيان اتصالا هاتفيا من نظيره السوري فيصل المقداد جرى خلاله البحث حول العلاقات الثنائية والقضايا الاقليمية وايفاد قوافل الزيارة والسياحة بين البلدين.\n\n"
     "وفي هذه المكالمة الهاتفية ، دعا وزير الخارجية الايراني نظيره السوري لزيارة طهران.\n\n"
     "وكان وزير الخارجية السوري قد اتصل في وقت سابق ايضا بنظيره الايراني خلال فترة الحجر الصحي الذي خضع له للاطمئنان الى صحته.")
row("alkawthar-2021-abdollahian-mekdad-call", "https://mafaza.alkawthartv.ir/news/289620",
    "Al-Kawthar TV (Mafaza)", "IRN", "2021-11-18", T, lambda t: [
    C("phone", ["hossein-amir-abdollahian", "faisal-mekdad"], ["IRN", "SYR"], "2021-11-18",
      mentions=[span(t, "يبحثان هاتفيا"), span(t, "اتصالا هاتفيا"), span(t, "المكالمة الهاتفية")],
      note="The call of the news (page dated 18 November 2021, no day written): the reference date. 'قوافل الزيارة' is pilgrim travel, not a visit."),
    C("visit", ["faisal-mekdad", "hossein-amir-abdollahian"], ["SYR", "IRN"], None, status="proposed",
      host="hossein-amir-abdollahian", place="tehran", mentions=[span(t, "لزيارة", 2)],
      note="Invitation to visit Tehran: a proposed visit hosted by the one who invites (fourth-round decision)."),
    C("phone", ["faisal-mekdad", "hossein-amir-abdollahian"], ["SYR", "IRN"], None,
      mentions=[span(t, "اتصل")], note="An earlier call during the quarantine, recalled with no date."),
])

# 2 ---------------------------------------------------------------------------------
T = ("بحث سامح شكري، وزير الخارجية هاتفياً مع نظيره الروسي، سيرجي لافروف، سُبل دفع العلاقات الثنائية بين الدولتين، وعدداً من القضايا والملفات الإقليمية ذات الاهتمام المشترك.\n"
     "وقال أحمد حافظ، المُتحدث الرسمي باسم وزارة الخارجية، في بيان صادر اليوم الجمعة، أن الوزيرين أكدا على العلاقات التي تجمع الدولتين، وأهمية مواصلة العمل على تطويرها على صعيد مجالات التعاون الثنائي المختلفة، لا سيما على المستوى الاقتصادي والتجاري.\n"
     "وأوضح أحمد حافظ، أن الاتصال شهد نقاشاً حول عدد من موضوعات التعاون الثنائي وسُبل دفعها قدماً، مع التأكيد على أهمية مواصلة التنسيق لما يحقق مصالح الجانبين.")
row("amwalalghad-2020-shoukry-lavrov-call",
    "https://amwalalghad.com/2020/12/25/%d9%85%d8%b5%d8%b1-%d9%88%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%a8%d8%ad%d8%ab%d8%a7%d9%86-%d8%aa%d8%b7%d9%88%d9%8a%d8%b1-%d9%85%d8%ac%d8%a7%d9%84%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%b9%d8%a7%d9%88",
    "Amwal Al Ghad", "EGY", "2020-12-25", T, lambda t: [
    C("phone", ["sameh-shoukry", "sergey-lavrov"], ["EGY", "RUS"], "2020-12-25",
      mentions=[span(t, "بحث"), span(t, "هاتفياً"), span(t, "الاتصال")],
      note="Dated by the statement of 'اليوم الجمعة' (the page's date, 25 December 2020)."),
])

# 3 ---------------------------------------------------------------------------------
T = ("الدوحة – بزنس كلاس:\n"
     "في تطور مهم على خط الأزمة الخليجية تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني، أمير البلاد المفدى اتصالا هاتفيا مساء أمس الخميس 7 سبتمبر / أيلول من فخامة الرئيس دونالد ترامب رئيس الولايات المتحدة الأمريكية الصديقة، حيث بحث الطرفان بشكل رئيسي آخر مستجدات الأزمة الخليجية وسبل الخروج بحل عادل لها ينهي حالة التوتر والتأزم الشديدة التي تعيش المنطقة برمتها على وقعها. "
     "كما بحث الطرفان جهود دولة الكويت الشقيقة لحل الأزمة عبر الطرق الدبلوماسية وعن طريق الحوار بين جميع الأطراف لضمان أمن واستقرار المنطقة ، حيث اطلع فخامة الرئيس الأمريكي سمو الأمير على نتائج مباحثاته مع صاحب السمو الشيخ صباح الأحمد الجابر الصباح، أمير دولة الكويت الشقيقة في هذا الشأن.")
row("businessclass-2017-tamim-trump-call", "https://businessclass.today/صاحب-السمو-لـ-ترمب-نعم-للحوار-دون-المسا",
    "Business Class (Doha)", "QAT", "2017-09-08", T, lambda t: [
    C("phone", ["tamim-bin-hamad-al-thani", "donald-trump"], ["QAT", "USA"], "2017-09-07",
      mentions=[span(t, "اتصالا هاتفيا"), span(t, "بحث", 1), span(t, "بحث", 2)],
      note="'مساء أمس الخميس 7 سبتمبر': the page shows no date; reference is the day after the Thursday written (2017)."),
    C("meeting", ["donald-trump", "sabah-al-ahmad-al-jaber-al-sabah"], ["USA", "KWT"], None,
      mentions=[span(t, "مباحثاته")], note="Trump's talks with the Kuwaiti emir, recalled with no date or place written."),
])

# 4 ---------------------------------------------------------------------------------
T = ("المقداد ولافروف يبحثان تطورات الأوضاع في المنطقة وتعزيز التعاون الثنائي\n\n"
     "الوحدة:23-5-2024\n\nموسكو-سانا\n\n"
     "بحث وزير الخارجية والمغتربين الدكتور فيصل المقداد في موسكو مع وزير الخارجية الروسي سيرغي لافروف تطورات الأوضاع في المنطقة بما في ذلك الوضع في الأراضي الفلسطينية المحتلة وبشكل خاص في قطاع غزة.\n\n"
     "كما تم التأكيد خلال اللقاء على ضرورة احترام سيادة الجمهورية العربية السورية ووحدة وسلامة أراضيها.\n\n"
     "كما ناقش الوزيران وبصورة معمقة الجوانب العملية لمواصلة تعزيز التعاون الثنائي بين البلدين في مختلف المجالات، بما في ذلك إقامة فعاليات مشتركة مكرسة للاحتفال بالذكرى السنوية الثمانين لإقامة العلاقات الدبلوماسية بين البلدين.")
row("alwehda-2024-mekdad-lavrov-moscow", "http://wehda.alwehda.gov.sy/?p=113456",
    "Al-Wehda (Homs)", "SYR", "2024-05-23", T, lambda t: [
    C("meeting", ["faisal-mekdad", "sergey-lavrov"], ["SYR", "RUS"], "2024-05-23", place="moscow",
      mentions=[span(t, "يبحثان"), span(t, "بحث", 2), span(t, "اللقاء"), span(t, "ناقش")],
      note="Talks in Moscow ('في موسكو' in the text, not only the dateline); no day written: the reference."),
])

# 5 ---------------------------------------------------------------------------------
T = ("أعلنت رئاسة الجمهورية في بلاغ لها منذ قليل، أن رئيس الجمهورية قيس سعيد، قد استقبل صباح اليوم السبت الـ 26 من نوفمبر 2022 بقصر قرطاج، وزير الشؤون الخارجية والجالية الوطنية بالخارج الجزائري، رمطان لعمامرة، مبعوثا خاصا من الرئيس الجزائري عبد المجيد تبون، إلى رئيس الدولة.\n"
     "حيث تطرقت المحادثة، إلى الروابط الأخوية الوطيدة القائمة بين تونس والجزائر والحرص المشترك على مزيد تدعيمها وفتح آفاق واعدة للتعاون وفق رؤى وتصورات جديدة، فضلا عن تعميق الحوار وتكريس سنة التشاور المتواصل والتنسيق المستمر، حسب نص البلاغ.\n"
     "كما مثل هذا اللقاء مناسبة لمتابعة مخرجات القمة العربية الأخيرة المنعقدة بالجزائر، ولاستعراض جملة من الملفات الإقليمية والدولية ذات الاهتمام المشترك.")
row("webdo-2022-saied-receives-lamamra",
    "https://www.webdo.tn/ar/actualite/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d9%88%d8%b7%d9%86%d9%8a%d8%a9/%D9%85%D8%A7%D8%B0%D8%A7-%D9%81%D9%8A-%D9%84%D9%82%D8%A7%D8%A1-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D8%A8%D9%82%D9%8A%D8%B3-%D8%B3%D8%B9%D9%8A%D8%AF/199444",
    "Webdo", "TUN", "2022-11-26", T, lambda t: [
    C("visit", ["kais-saied", "ramtane-lamamra"], ["TUN", "DZA"], "2022-11-26", host="kais-saied", place="carthage",
      mentions=[span(t, "استقبل"), span(t, "المحادثة"), span(t, "اللقاء")],
      note="Envoy of Tebboune received at Carthage Palace (first-round decision: carthage). The Algiers Arab summit has no named participants: not annotated; Tebboune only sends the envoy."),
])

# 6 ---------------------------------------------------------------------------------
T = ("الرئيس أردوغان يستقبل رئيس الوزراء الجورجي كوباخيدزه في المجمع الرئاسي\n"
     "ستقبل رئيس الجمهورية السيد رجب طيب أردوغان، في المجمع الرئاسي بالعاصمة أنقرة، رئيس الوزراء الجورجي إيراكلي كوباخيدزه الذي يجري زيارة إلى تركيا.\n"
     "والتقطت الصور التذكارية لهما وهما يتبادلان التحية، ثم انتقل الرئيس أردوغان والسيد كوباخيدزه إلى قاعة الاجتماعات في المجمع الرئاسي لعقد اجتماع ثنائي واجتماع آخر على مستوى وفدي البلدين.")
row("akparti-2024-erdogan-receives-kobakhidze",
    "https://akparti.net/ar/أخبار/16-05-2024-18-37-27-الرئيس-أردوغان-يستقبل-رئيس-الوزراء-الجورجي-كوباخيدزه-في-المجمع-الرئاسي",
    "AK Parti (Arabic site)", "TUR", "2024-05-16", T, lambda t: [
    C("visit", ["recep-tayyip-erdogan", "irakli-kobakhidze"], ["TUR", "GEO"], "2024-05-16",
      host="recep-tayyip-erdogan", place="ankara",
      mentions=[span(t, "يستقبل"), span(t, "ستقبل", 2), span(t, "زيارة"), span(t, "اجتماع ثنائي"), span(t, "اجتماع", 2)],
      note="'ستقبل' is the page's typo for استقبل. The tête-à-tête and the delegations' meeting are parts of the one reception."),
])

# 7 ---------------------------------------------------------------------------------
T = ("لقاء مرتقب بين ترامب و أردوغان الشهر المقبل\n"
     "قال مولود تشاووش أوغلو وزير الخارجية التركي الأربعاء، إن الرئيس رجب طيب إردوغان سيلتقي مع الرئيس الأمريكي دونالد ترامب في مايو أيار قبل اجتماع لحلف شمال الأطلسي.\n"
     "وكانت مصادر في القصر الرئاسي التركي قالت يوم الاثنين إن ترامب اتصل هاتفياً بإردوغان لتهنئته بنتيجة استفتاء يوسع صلاحياته. (REUTERS)")
row("aksalser-2017-erdogan-trump-planned",
    "https://aksalser.com/news/2017/04/19/%d9%84%d9%82%d8%a7%d8%a1-%d9%85%d8%b1%d8%aa%d9%82%d8%a8-%d8%a8%d9%8a%d9%86-%d8%aa%d8%b1%d8%a7%d9%85%d8%a8-%d9%88-%d8%a3%d8%b1%d8%af%d9%88%d8%ba%d8%a7%d9%86-%d8%a7%d9%84%d8%b4%d9%87%d8%b1-%d8%a7%d9%84",
    "Aks Alser", "SYR", "2017-04-19", T, lambda t: [
    C("meeting", ["recep-tayyip-erdogan", "donald-trump"], ["TUR", "USA"], "2017-05", status="planned",
      mentions=[span(t, "لقاء"), span(t, "سيلتقي")], note="Planned for May ('في مايو أيار', 'الشهر المقبل'). The NATO meeting names no other participant."),
    C("phone", ["donald-trump", "recep-tayyip-erdogan"], ["USA", "TUR"], "2017-04-17",
      mentions=[span(t, "اتصل هاتفياً")], note="Reported by sources on Monday 17 April (rule 2: the dated statement); the congratulation itself is a speech act."),
])

# 8 ---------------------------------------------------------------------------------
T = ("5 فبراير 2024 – استقبل وزير الخارجية الإيراني حسين عبداللهيان بالعاصمة طهران اليوم، نظيره السوداني، علي الصادق، بحسب ما أعلنت وكالة تسنيم الدولية للأنباء.\n"
     "وقال المتحدث باسم وزارة الخارجية الإيرانية، ناصر كنعاني، إن زيارة الوزير السوداني تأتي في إطار التنسيق لعودة العلاقات الطبيعية واستئناف الأنشطة الدبلوماسية بين البلدين.\n"
     "وفي نوفمبر الماضي، التقى قائد الجيش السوداني، عبد الفتاح البرهان الرئيس الإيراني إبراهيم رئيسي بالعاصمة السعودية الرياض.")
row("beamreports-2024-abdollahian-receives-sadiq",
    "https://www.beamreports.com/2024/02/05/%d9%85%d8%b3%d8%a4%d9%88%d9%84-%d8%a5%d9%8a%d8%b1%d8%a7%d9%86%d9%8a-%d8%aa%d9%86%d8%b3%d9%8a%d9%82-%d9%84%d8%b9%d9%88%d8%af%d8%a9-%d8%a7%d9%84%d8%a3%d9%86%d8%b4%d8%b7%d8%a9-%d8%a7%d9%84%d8%af%d8%a8",
    "Beam Reports", "SDN", "2024-02-05", T, lambda t: [
    C("visit", ["hossein-amir-abdollahian", "ali-al-sadiq"], ["IRN", "SDN"], "2024-02-05",
      host="hossein-amir-abdollahian", place="tehran", mentions=[span(t, "استقبل"), span(t, "زيارة")],
      note="Ali al-Sadiq: no checked English Wikipedia title; id from the name."),
    C("meeting", ["abdel-fattah-al-burhan", "ebrahim-raisi"], ["SDN", "IRN"], "2023-11", place="riyadh",
      mentions=[span(t, "التقى")], note="'نوفمبر الماضي' before February 2024 is November 2023; in Riyadh (the Arab-Islamic summit, not named here)."),
])

# 9 ---------------------------------------------------------------------------------
T = ("رجح الكرملين أن تعقد القمة المرتقبة بين الرئيسين الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترمب في غضون أسبوعين أو بعد ذلك بقليل، لافتاً إلى أن هناك الكثير من الأمور التي يجب حسمها قبل تحديد موعد دقيق."
     "واتفق ترمب وبوتين أمس (الخميس) على عقد قمة أخرى بشأن الحرب في أوكرانيا. وكان الزعيمان عقدا اجتماعاً في ألاسكا في 15 أغسطس، لكنه لم يسفر عن تحقيق انفراجة للأزمة."
     "وجاء الإعلان المفاجئ بشأن إمكانية عقد قمة عشية لقاء بين ترمب والرئيس الأوكراني فولوديمير زيلينسكي، وفي وقت تدرس فيه واشنطن تزويد كييف بصواريخ كروز من طراز توماهوك.")
row("okaz-2025-kremlin-putin-trump-summit",
    "https://www.okaz.com.sa/news/politics/2218153", "Okaz", "SAU", "2025-10-17", T, lambda t: [
    C("meeting", ["vladimir-putin", "donald-trump"], ["RUS", "USA"], None, status="planned",
      mentions=[span(t, "القمة"), span(t, "قمة", 2), span(t, "قمة", 3)],
      note="Agreed ('اتفق ... على عقد قمة'), within two weeks: no date written. The agreement itself was reached in a call the excerpt does not name."),
    C("meeting", ["vladimir-putin", "donald-trump"], ["RUS", "USA"], "2025-08-15", place="alaska",
      mentions=[span(t, "اجتماعاً")], note="The Alaska meeting of 15 August (year of the reference)."),
    C("meeting", ["donald-trump", "volodymyr-zelenskyy"], ["USA", "UKR"], "2025-10-17", status="planned",
      mentions=[span(t, "لقاء")], note="'عشية لقاء': the meeting on the day after Thursday's announcement, i.e. the reference day; written as still to come."),
])

# 10 --------------------------------------------------------------------------------
T = ("رام الله - النجاح - استقبل رئيس دولة فلسطين محمود عباس، في مقر إقامته بالعاصمة النرويجية أوسلو، مساء اليوم الجمعة، رئيس الوزراء النرويجي السابق كايل ماجني بونديفيك، والعضو السابق في برلمان أوسلو أمير الشيخ.\n\n"
     "وأطلع ضيفيه، على تطورات القضية الفلسطينية، في ظل استمرار الانتهاكات الإسرائيلية، وآخرها إعلان بنيامين نتنياهو حول نيته فرض السيادة الإسرائيلية على غور الأردن وشمال البحر الميت وعدد من المستوطنات، إضافة لاستمرار إسرائيل بحجز أموال الضرائب الفلسطينية (المقاصة)، في انتهاك واضح وصريح للمواثيق والمعاهدات الدولية.\n\n"
     "واستقبل في مقر إقامته بالعاصمة النرويجية أوسلو، مساء اليوم الجمعة، رئيس حزب العمل النرويجي، وزير الخارجية السابق يونس ستوري، وسكرتير الحزب ومستشاره للشؤون السياسية أوفين وينسلاند، ورئيس بلدية أوسلو ريمون يوهانسن.")
def _skip10(t):
    a = span(t, "استقبل")
    b = span(t, "استقبل", 2)
    return [dict(start=a[0], end=a[1], text="استقبل", why="Abbas receives a former Norwegian prime minister and a former Oslo councillor: former officials, not representatives of Norway; borderline (PLOVER would code them NOR ELI)"),
            dict(start=b[0], end=b[1], text="استقبل", why="the opposition Labour leader (a former foreign minister), his party secretary and the mayor of Oslo: not representatives of the Norwegian state in 2019; borderline")]
row("najah-2019-abbas-oslo-former-officials", "https://nn.najah.edu/news/Palestine/2019/09/20/260187/",
    "An-Najah News", "PSE", "2019-09-20", T, [], _skip10)

# 11 --------------------------------------------------------------------------------
T = ("عروبة الإخباري – استقبل أسعد بن طارق آل سعيد نائب رئيس الوزراء لشؤون العلاقات والتعاون الدولي والممثل الخاص لسلطان عُمان بمكتب سموه صباح أمس أيمن الصفدي وزير الخارجية وشؤون المغتربين بالمملكة الأردنية الهاشمية الذي يزور السلطنة حاليًا. "
     "وتم خلال المقابلة تبادل الأحاديث الودية، واستعراض أوجه التعاون القائم بين البلدين الشقيقين في العديد من المجالات، إضافة إلى الأمور ذات الاهتمام المشترك بين الجانبين.\n"
     "جاء ذلك خلال استقبال يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية بمكتبه بديوان عام وزارة الخارجية أمس الصفدي وزير الخارجية وشؤون المغتربين.")
row("orobanews-2019-safadi-muscat",
    "https://orobanews.com/2019/06/27/%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d9%88%d8%b9%d9%8f%d9%85%d8%a7%d9%86-%d8%aa%d8%b4%d8%af%d8%af%d8%a7%d9%86-%d8%b9%d9%84%d9%89-%d9%82%d9%8a%d8%a7%d9%85-%d8%a7%d9%84%d8%af%d9%88%d9%84%d8%a9-%d8%a7",
    "Orouba News", "JOR", "2019-06-27", T, lambda t: [
    C("visit", ["asaad-bin-tariq-al-said", "ayman-safadi"], ["OMN", "JOR"], "2019-06-26", host="asaad-bin-tariq-al-said", place="OMN",
      mentions=[span(t, "استقبل"), span(t, "يزور"), span(t, "المقابلة")], note="'صباح أمس'; no city written: the host state's code."),
    C("visit", ["yusuf-bin-alawi-bin-abdullah", "ayman-safadi"], ["OMN", "JOR"], "2019-06-26", host="yusuf-bin-alawi-bin-abdullah", place="OMN",
      mentions=[span(t, "استقبال")], note="A second reception the same day, by the Omani minister responsible for foreign affairs."),
])

# 12 --------------------------------------------------------------------------------
T = ("تسلم نائب الأمير ولي عهد\nالكويت، الشيخ نواف الأحمد الجابر الصباح، رسالة خطية من خادم الحرمين الشريفين، الملك\nسلمان بن عبد العزيز آل سعود، تتعلق بالعلاقات الثنائية ومستجدات الأوضاع الإقليمية والدولية.\n"
     "وتسلم الرسالة رئيس مجلس الوزراء\nالكويتي الشيخ صباح خالد الحمد الصباح، من وزير الخارجية السعودي الأمير فيصل بن فرحان آل سعود؛ وذلك خلال لقائهما الذي عقد بقصر السيف، بحضور وزير الخارجية\nالكويتي، الشيخ الدكتور أحمد ناصر المحمد الصباح، وسفير\nالسعودية لدى\nالكويت، الأمير سلطان بن سعد آل سعود، وسفير\nالكويت لدى\nالسعودية، الشيخ علي خالد الجابر الصباح.\n"
     "وفي السياق ذاته، بحث وزير الخارجية وزير الدفاع\nالكويتي، بالإنابة الشيخ الدكتور أحمد ناصر محمد الصباح، مع وزير الخارجية السعودي، الأمير فيصل بن فرحان آل سعود، عمق العلاقات الأخوية الوثيقة التي تجمع بين البلدين، وما يربط قيادتي البلدين والشعبين الشقيقين من وشائج متجذرة، وروابط متينة ومتأصلة، والعمل المشترك على تعزيز أواصرها ومضامينها في مختلف مجالاتها وأبعادها الاستراتيجية.")
row("almesryoon-2020-faisal-kuwait-letter",
    "https://almesryoon.com/Section_31/%D8%B9%D8%B1%D8%A8-%D9%88%D8%B9%D8%A7%D9%84%D9%85/%D8%B1%D8%B3%D8%A7%D9%84%D8%A9-%D8%AE%D8%B7%D9%8A%D8%A9-%D8%B9%D8%A7%D8%AC%D9%84%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%B9%D8%A7%D9%87%D9%84-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D9%84%D9%86%D8%A7%D8%A6%D8%A8-%D8%A3%D9%85%D9%8A%D8%B1-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA_1312315",
    "Al-Mesryoon", "EGY", "2020-09-02", T, lambda t: [
    C("meeting", ["sabah-al-khalid-al-sabah", "faisal-bin-farhan-al-saud"], ["KWT", "SAU"], "2020-09-02", place="KWT",
      mentions=[span(t, "لقائهما")], note="The letter to the crown prince is handed over at a meeting with the prime minister at Seif Palace (no city written: KWT); those 'بحضور' are attendants."),
    C("meeting", ["ahmad-nasser-al-mohammad-al-sabah", "faisal-bin-farhan-al-saud"], ["KWT", "SAU"], "2020-09-02",
      mentions=[span(t, "بحث")], note="Talks of the two foreign ministers (at the Kuwaiti ministry, in a sentence after the excerpt): place not written here."),
])

# 13 --------------------------------------------------------------------------------
T = ("الصفدي ونظيره العماني يؤكدان أهمية القمة لمعالجة قضايا وتحديات المنطقة 28/3/2017\n\n"
     "عمان – بحث وزير الخارجية وشؤون المغتربين ايمن الصفدي مع وزير الشؤون الخارجية العماني يوسف بن علوي بن عبدالله افاق تعزيز العلاقات الثنائية، والتي تدعمها علاقات متميزة بين جلالة الملك عبدالله الثاني واخيه السلطان قابوس بن سعيد وحرصهما المشترك على تعزيزها في مختلف المجالات.\n"
     "واستعرض الجانبان الاستعدادات لعقد القمة العربية، مؤكدين ضرورة تعزيز العمل العربي المشترك وزيادة التعاون والتنسيق لمواجهة التحديات المشتركة وخدمة القضايا العربية.\n"
     "ووقع الجانبان خلال اللقاء الذي انعقد على هامش الاجتماعات التحضيرية للقمة العربية على المستوى الوزاري اتفاقية تعاون حول الاعفاء المتبادل من التاشيرة لحاملي جوازات السفر الدبلوماسية والخاصة والخدمة.")
row("ayamm-2017-safadi-bin-alawi", "http://ayamm.org/%D8%B3%D9%84%D8%B7%D9%86%D8%A9-%D8%B9%D9%85%D8%A7%D9%86/%D8%A7%D9%84%D8%B5%D9%81%D8%AF%D9%8A-%D9%88%D9%86%D8%B8%D9%8A%D8%B1%D9%87-%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%86%D9%8A-%D9%8A%D8%A4%D9%83%D8%AF%D8%A7%D9%86-%D8%A3%D9%87%D9%85%D9%8A%D8%A9-%D8%A7%D9%84/",
    "Ayamm", None, "2017-03-28", T, lambda t: [
    C("meeting", ["ayman-safadi", "yusuf-bin-alawi-bin-abdullah"], ["JOR", "OMN"], "2017-03-28",
      mentions=[span(t, "بحث"), span(t, "اللقاء")],
      note="On the sidelines of the preparatory ministerial of the Arab summit (Jordan, not named); 'عمان –' is the dateline (Amman) and never the place. The summit names no participants."),
])

# 14 --------------------------------------------------------------------------------
T = ("وزيرا خارجية قطر وفرنسا يبحثان هاتفيا تطورات الأزمة الخليجية\n\n"
     "الأربعاء 8 نوفمبر 2017 08:11 ص\n\n"
     "بحث وزير الخارجية القطري، «محمد بن عبد الرحمن آل ثاني»، ونظيره الفرنسي «جان إيف لودريان»، تطورات الأزمة الخليجية، التي دخلت شهرها السادس على التوالي.\n\n"
     "جاء ذلك في اتصال هاتفي أجراه وزير الخارجية القطري مع نظيره الفرنسي، الثلاثاء، تناول العلاقات الثنائية وسبل دعمها وتطويرها، بحسب وكالة الأنباء القطرية الرسمية «قنا».\n\n"
     "وتسعى فرنسا للقيام بدورٍ مؤثرٍ في حل الأزمة الخليجية، وقام رئيسها «إيمانويل ماكرون»، بتعيين «برتران بوزونسونو» مبعوثًا خاصًا لأزمة الخليج، حيث التقى بالدوحة وزير الخارجية القطري، في 9 أكتوبر/تشرين الأول الماضي.")
row("thenewkhalij-2017-qatar-france-call",
    "https://thenewkhalij.news/article/86193/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9-%D9%88%D8%B2%D9%8A%D8%B1%D8%A7-%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D9%82%D8%B7%D8%B1-%D9%88%D9%81%D8%B1%D9%86%D8%B3%D8%A7-%D9%8A%D8%A8%D8%AD%D8%AB%D8%A7%D9%86-%D9%87%D8%A7%D8%AA%D9%81%D9%8A%D8%A7-%D8%AA%D8%B7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B2%D9%85%D8%A9-%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC%D9%8A%D8%A9",
    "The New Khalij", None, "2017-11-08", T, lambda t: [
    C("phone", ["mohammed-bin-abdulrahman-bin-jassim-al-thani", "jean-yves-le-drian"], ["QAT", "FRA"], "2017-11-07",
      mentions=[span(t, "يبحثان هاتفيا"), span(t, "بحث", 2), span(t, "اتصال هاتفي")],
      note="'الثلاثاء' before the Wednesday 8 November of the page."),
    C("meeting", ["bertrand-besancenot", "mohammed-bin-abdulrahman-bin-jassim-al-thani"], ["FRA", "QAT"], "2017-10-09", place="doha",
      mentions=[span(t, "التقى")], note="Macron's Gulf envoy met the Qatari minister in Doha on 9 October; Macron only appoints him."),
])

# 15 --------------------------------------------------------------------------------
T = ("ولي العهد السعودي يبدأ زيارة رسمية إلى أميركا\n\n"
     "يبدأ ولي العهد السعودي، الأمير بن سلمان، الثلاثاء، زيارة رسمية إلى أميركا تلبية لدعوة من الرئيس الأميركي .\n\n"
     "ومن المقرر أن يلتقي الأمير بن سلمان بالرئيس الثلاثاء في البيت ، وتتضمن الزيارة مراسم استقبال صباحية، واجتماعات في المكتب البيضاوي، يعقبها حفل عشاء رسمي.\n\n"
     "وكان ولي العهد السعودي غادر في الأمس الرياض بناءً على العاهل السعودي الملك سلمان بن عبد العزيز، واستجابة للدعوة المقدمة لولي العهد السعودي، ، من الرئيس الأميركي ، متوجهاً إلى الأميركية، في زيارة عمل رسمية يلتقي فيها الرئيس ترامب، لبحث العلاقات الثنائية وسبل تعزيزها في مختلف المجالات، ومناقشة ذات الاهتمام المشترك.")
row("aljadeed-2025-mbs-washington-visit",
    "https://www.aljadeed.tv/news/%D8%B9%D8%B1%D8%A8%D9%8A%D8%A7%D8%AA/549589/%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D9%8A%D8%A8%D8%AF%D8%A3-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%B1%D8%B3%D9%85%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D8%A7",
    "Al Jadeed", "LBN", "2025-11-18", T, lambda t: [
    C("visit", ["mohammed-bin-salman", "donald-trump"], ["SAU", "USA"], "2025-11-18", status="planned",
      host="donald-trump", place="USA",
      mentions=[span(t, "زيارة", 1), span(t, "زيارة", 2), span(t, "يلتقي", 1), span(t, "الزيارة"), span(t, "غادر"), span(t, "زيارة", 4), span(t, "يلتقي", 2)],
      note="The page drops names (the president is 'الرئيس الأميركي' / 'الرئيس ترامب'); the visit with its White House meeting, planned for that Tuesday; no city written: USA."),
], lambda t: [dict(start=span(t, "لدعوة")[0], end=span(t, "لدعوة")[1], text="لدعوة", why="the invitation that the visit answers: the visit itself is annotated")])

out = sys.argv[1]
with open(out, "w", encoding="utf-8") as fh:
    for r in ROWS:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ROWS), sum(len(r["contacts"]) for r in ROWS))
