"""Arabic counts written as nouns (invented sentences): a singular or dual victim is a count."""

import pytest

from dateline.models import Document


@pytest.mark.parametrize("text, killed, injured", [
    # a singular victim right after the verb is one; a dual noun is two
    ("قُتلت سيدة مسنّة وأصيب طفل في قصف إسرائيلي على بلدة كفركلا جنوب لبنان الثلاثاء.", 1, 1),
    ("قتل مسلحون مدنيين اثنين وأصيب جنديان في هجوم على قرية قرب كادونا الثلاثاء.", 2, 2),
    # a relative named by a possessive ("her grandson", "his two sons") is one victim, or two
    ("قُتل رجل وأصيب حفيده في غارة إسرائيلية على بلدة عيتا الشعب جنوب لبنان الأربعاء.", 1, 1),
    ("قُتلت سيدة وأصيب ابناها في قصف على حي سكني في مدينة إدلب الخميس.", 1, 2),
    # a dual casualty noun is its own count ("two dead", "two wounded")
    ("سقط قتيلان وجريحان في قصف مدفعي على بلدة خزاعة شرق خان يونس جنوب قطاع غزة الثلاثاء.", 2, 2),
    # one person ("شخص"); a hundred men are a hundred, not a hundred and one
    ("قتل شخص وأصيب ثلاثة في قصف على بلدة جاسم بريف درعا الخميس.", 1, 3),
    ("قتل مئة رجل في هجوم على قرية قرب كادونا الثلاثاء.", 100, None),
    # "أودى X بحياة N": the act stands between "took" and "the lives of"
    ("أودى قصف مدفعي على سوق في مدينة كسلا شرقي السودان بحياة تسعة مدنيين الثلاثاء.", 9, None),
    # a singular protester is one dead; a counted one stays its number's
    ("قتل متظاهر وأصيب عشرة آخرون برصاص قوات الأمن خلال احتجاجات في مدينة عطبرة السودانية السبت.", 1, 10),
    ("قتل 12 متظاهرا خلال احتجاجات في مدينة عطبرة السودانية السبت.", 12, None),
    # a dual in the genitive after "مقتل" (the killing of two policemen) is two
    ("هاجم مسلحون حاجزا أمنيا في مدينة كركوك مساء الأحد، ما أدى إلى مقتل شرطيين.", 2, None),
    # the noun counted by a number stays that number's
    ("قتل 15 مدنيا في هجوم على قرية قرب كادونا الثلاثاء.", 15, None),
    # "ما لا يقل عن" (no fewer than): its "لا" is no "ولاية" (province) word standing between
    ("قُتل ما لا يقل عن 17 مدنيا في ضربة بطائرة مسيرة على سوق في بلدة قرب غاو الأحد.", 17, None),
    # a Palestinian, a student: a singular victim named by a demonym or a trade is one
    ("استشهد فلسطيني برصاص الجيش الإسرائيلي في مدينة طولكرم الأحد.", 1, None),
    ("قُتل طالب وأصيب ثلاثة في قصف على حي سكني في مدينة حلب الخميس.", 1, 3),
    # victims joined by a glued "و" add up; a noun and its numeral ("رجل واحد") are one
    ("قتل ضابط وجنديان في قصف على ثكنة في مدينة حلب الخميس.", 3, None),
    ("قتل ثلاثة جنود ومدني في قصف على حي سكني في مدينة حلب الخميس.", 4, None),
    ("وقع انفجار في مدينة حلب الخميس راح ضحيته ثمانية عمال ورجل واحد، وأصيب خمسة آخرون.", 9, 5),
    # "another", "a third", "two others" after the first victims; a lone casualty noun is one
    ("قتل طفلان وأصيب ثالث في قصف على حي سكني في مدينة حلب الخميس.", 2, 1),
    ("قتل مدني وأصيب آخر في قصف على حي سكني في مدينة حلب الخميس.", 1, 1),
    ("قتل مدني وأصيب آخران في قصف على حي سكني في مدينة حلب الخميس.", 1, 2),
    ("استهدفت مسيرة سيارة في مدينة حلب الخميس، ما أدى إلى سقوط شهيد.", 1, None),
    ("استهدفت مسيرة سيارة في مدينة حلب الخميس، ما أدى إلى سقوط قتيل وجريحين.", 1, 2),
    # "برصاص" (by the fire of) shares the stem of "رصاصة" (a bullet): the youths are no bullets counted
    ("قتل شابان برصاص الجيش الإسرائيلي في مدينة طولكرم الأحد.", 2, None),
    # a victim noun right before the act ("رجل بانفجار", "آخر بانفجار") is a count, not an article
    ("قتل رجل بانفجار في مدينة كركوك الثلاثاء.", 1, None),
    ("قتل جندي وأصيب آخر بانفجار عبوة ناسفة في مدينة كركوك الثلاثاء.", 1, 1),
    ("قتل ثلاثة جنود وأصيب اثنان آخران بانفجار عبوة ناسفة في مدينة كركوك الثلاثاء.", 3, 2),
])
def test_victim_nouns_count(engine, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="ar")).events
    assert (event.fatalities, event.injured) == (killed, injured)
