"""Every row of the contract's period table and every settled case of its section 6
(``../shared/ANNOTATION.md``, summarised in ``docs/contract.md``), each with a sentence
written for the test, read by the extractor as the contract says.
"""

import pytest

import vnextract

V1 = vnextract.Extractor(contract="v1")  # the first contract: these are its constructions


def fact(text, quantity, published=None):
    facts = [f for f in V1.extract(text, published) if f.quantity.text == quantity]
    assert facts, f"{quantity!r} not read in {text!r}: {[f.quantity.text for f in V1.extract(text, published)]}"
    return facts[0]


def span(f):
    return (f.period.from_, f.period.to) if f.period else None


# -- section 1: the period table, one sentence per row (and the relative forms) -----------------

PERIOD_TABLE = [
    # năm 2020
    ("Năm 2020, giá trị sản xuất công nghiệp ước đạt trên 68.800 tỷ đồng.", "68.800 tỷ đồng", None, ("2020", "2020")),
    # giai đoạn 2011 - 2015, 2011–2015, nhiệm kỳ 2020-2025
    ("Giai đoạn 2011 - 2015, giá trị sản xuất tăng bình quân 10,5%/năm.", "10,5%/năm", None, ("2011", "2015")),
    ("Thu nhập bình quân 2011–2015 tăng 12%.", "12%", None, ("2011", "2015")),
    ("Nhiệm kỳ 2020-2025, tỉnh thu hút 117 dự án.", "117 dự án", "2025-12", ("2020", "2025")),
    # từ năm 2011 đến tháng 10/2014
    ("Từ năm 2011 đến tháng 10/2014, toàn tỉnh thu hút 245 dự án.", "245 dự án", None, ("2011", "2014-10")),
    # tháng 9/2023
    ("Tháng 9/2023, chỉ số giá tiêu dùng tăng 0,88%.", "0,88%", None, ("2023-09", "2023-09")),
    # quý I/2024, quý 1 năm 2024
    ("Quý I/2024, kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "1,2 tỷ USD", None, ("2024-01", "2024-03")),
    ("Trong quý 1 năm 2024, kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "1,2 tỷ USD", None, ("2024-01", "2024-03")),
    # 6 tháng đầu năm 2023
    ("6 tháng đầu năm 2023, thu ngân sách đạt 5.000 tỷ đồng.", "5.000 tỷ đồng", None, ("2023-01", "2023-06")),
    # 9 tháng năm 2022
    ("Tính chung 9 tháng năm 2022, vốn đầu tư đạt 2.100 tỷ đồng.", "2.100 tỷ đồng", None, ("2022-01", "2022-09")),
    # (tính) đến hết năm 2014, đến hết tháng 10/2014, tính đến nay
    ("Tính đến hết năm 2014, toàn tỉnh có 245 làng nghề.", "245 làng nghề", None, (None, "2014")),
    ("Đến hết tháng 10/2014, toàn tỉnh có 245 làng nghề.", "245 làng nghề", None, (None, "2014-10")),
    ("Tính đến nay, toàn tỉnh có 245 làng nghề.", "245 làng nghề", "2024-05-20", (None, "2024-05-20")),
    # (mục tiêu, chỉ tiêu) đến năm 2025, tới năm 2020
    ("Mục tiêu đến năm 2025, tỷ lệ đô thị hóa đạt 45%.", "45%", "2021-03", ("2025", "2025")),
    ("Chỉ tiêu tới năm 2020, thu nhập bình quân đạt 60 triệu đồng.", "60 triệu đồng", "2016-01", ("2020", "2020")),
    # relative periods, against the publication date
    ("5 năm qua, tỉnh thu hút 117 dự án.", "117 dự án", "2024-06", ("2020", "2024")),
    ("7 tháng qua, kim ngạch xuất khẩu đạt 3 tỷ USD.", "3 tỷ USD", "2022-08", ("2022-01", "2022-07")),
    ("Từ đầu năm đến nay, toàn tỉnh thu hút 12 dự án.", "12 dự án", "2024-08", ("2024-01", "2024-08")),
    ("Năm nay, sản lượng lúa đạt 1,2 triệu tấn.", "1,2 triệu tấn", "2023-11", ("2023", "2023")),
    ("Năm qua, sản lượng lúa đạt 1,2 triệu tấn.", "1,2 triệu tấn", "2023-11", ("2023", "2023")),
    ("Năm ngoái, sản lượng lúa đạt 1,1 triệu tấn.", "1,1 triệu tấn", "2023-11", ("2022", "2022")),
    ("Năm trước, sản lượng lúa đạt 1,1 triệu tấn.", "1,1 triệu tấn", "2023-11", ("2022", "2022")),
]


@pytest.mark.parametrize("text,quantity,published,expected", PERIOD_TABLE)
def test_period_table(text, quantity, published, expected):
    assert span(fact(text, quantity, published)) == expected


def test_no_period_when_nothing_fixes_one():
    assert fact("Giá trị sản xuất công nghiệp đạt 68.800 tỷ đồng.", "68.800 tỷ đồng").period is None


def test_a_comparison_base_is_not_a_period():
    f = fact("Kim ngạch xuất khẩu tăng 12% so với cùng kỳ năm 2019.", "12%", "2020-06")
    assert f.period is None or (f.period.from_, f.period.to) != ("2019", "2019")
    f = fact("Số làng nghề tăng 26 làng nghề so với năm 2010.", "26 làng nghề")
    assert f.period is None


# -- the forms the real-text issue lists ---------------------------------------------------------

ISSUE_FORMS = [
    ("Tính đến thời điểm 10/9/2021, toàn tỉnh có 1.200 doanh nghiệp.", "1.200 doanh nghiệp", None,
     (None, "2021-09-10")),
    ("Từ ngày 3 – 9/4/2019, có 25.000 lượt khách đến tỉnh.", "25.000 lượt khách", None, ("2019-04-03", "2019-04-09")),
    ("Tháng Ba, chỉ số giá tiêu dùng tăng 0,5%.", "0,5%", "2024-04-02", ("2024-03", "2024-03")),
    ("Bốn tháng đầu năm 2024, kim ngạch xuất khẩu đạt 2 tỷ USD.", "2 tỷ USD", None, ("2024-01", "2024-04")),
    ("Riêng tháng 5 năm nay, kim ngạch xuất khẩu đạt 500 triệu USD.", "500 triệu USD", "2024-06",
     ("2024-05", "2024-05")),
    ("Phấn đấu năm 2016, kim ngạch xuất khẩu đạt 2 tỷ USD.", "2 tỷ USD", "2016-01", ("2016", "2016")),
    ("GRDP quý III-2024 tăng 7,4%.", "7,4%", None, ("2024-07", "2024-09")),
    ("Kim ngạch xuất khẩu 5 tháng/2019 đạt 1,5 tỷ USD.", "1,5 tỷ USD", None, ("2019-01", "2019-05")),
    ("Lũy kế 8 tháng (từ tháng 1 đến tháng 8/2024), xuất khẩu đạt 30,4 tỷ USD.", "30,4 tỷ USD", None,
     ("2024-01", "2024-08")),
    ("Mục tiêu đến năm 2027, tỉnh phấn đấu đạt 50 sản phẩm OCOP.", "50 sản phẩm", "2024-05", ("2027", "2027")),
    ("Tính đến hết 6 tháng đầu năm 2011, toàn tỉnh có 450 doanh nghiệp.", "450 doanh nghiệp", None,
     (None, "2011-06")),
]


@pytest.mark.parametrize("text,quantity,published,expected", ISSUE_FORMS)
def test_issue_period_forms(text, quantity, published, expected):
    assert span(fact(text, quantity, published)) == expected


# A month or quarter written without a year: the year a period before it in the sentence writes;
# else the report year, or the year before for one that lies well after the publication date.
BARE_MONTHS_AND_QUARTERS = [
    ("Riêng quý IV, ngân hàng mua ròng 3,2 tỷ USD.", "3,2 tỷ USD", "2018-01-03", ("2017-10", "2017-12")),
    ("Dự báo quý IV, xuất khẩu tăng 8%.", "8%", "2024-09-20", ("2024-10", "2024-12")),
    ("Năm 2018, tỉnh phấn đấu thu ngân sách 5.000 tỷ đồng, trong đó quý IV thu 1.500 tỷ đồng.",
     "1.500 tỷ đồng", "2018-01-03", ("2018-10", "2018-12")),
    ("Năm 2018, tỉnh phấn đấu thu ngân sách 5.000 tỷ đồng, trong đó tháng 12 thu 500 tỷ đồng.",
     "500 tỷ đồng", "2018-01-03", ("2018-12", "2018-12")),
    ("Năm 2017 xuất khẩu đạt 5 tỷ USD. Tháng 12, xuất khẩu đạt 600 triệu USD.", "600 triệu USD", "2018-01-03",
     ("2017-12", "2017-12")),
    ("Chỉ trong hai tháng cuối năm, có 30.000 hệ thống được đấu nối.", "30.000 hệ thống", "2021-01-05",
     ("2020-11", "2020-12")),
    ("Trong hai tháng cuối năm, tỉnh phấn đấu thu 500 tỷ đồng.", "500 tỷ đồng", "2021-09-05", ("2021-11", "2021-12")),
]


@pytest.mark.parametrize("text,quantity,published,expected", BARE_MONTHS_AND_QUARTERS)
def test_a_bare_month_or_quarter_takes_the_year_it_belongs_to(text, quantity, published, expected):
    assert span(fact(text, quantity, published)) == expected


def test_the_report_month_stated_later_dates_trong_thang():
    text = ("Trong tháng, chỉ số giá tiêu dùng tăng 0,3%. "
            "Tính chung 5 tháng năm 2020, chỉ số giá tiêu dùng tăng 4,5%.")
    assert span(fact(text, "0,3%")) == ("2020-05", "2020-05")
    assert span(fact(text, "4,5%")) == ("2020-01", "2020-05")


def test_a_record_over_years_is_not_the_figure_period():
    f = fact("Tháng 8/2024, giá lúa đạt 9.000 đồng/kg, mức cao nhất trong vòng 8 năm qua.", "9.000 đồng/kg",
             "2024-09")
    assert span(f) == ("2024-08", "2024-08")


# -- section 6: the settled cases ----------------------------------------------------------------

def test_territory_and_owner_tails():
    assert fact("Tổng thu ngân sách trên địa bàn tỉnh đạt 10.000 tỷ đồng.",
                "10.000 tỷ đồng").metric.text == "Tổng thu ngân sách"
    assert fact("Tổng thu ngân sách của tỉnh đạt 10.000 tỷ đồng.", "10.000 tỷ đồng").metric.text == "Tổng thu ngân sách"
    f = fact("Tổng sản phẩm trên địa bàn (GRDP) tăng 7,5%.", "7,5%")
    assert f.metric.text.startswith("Tổng sản phẩm trên địa bàn")


def test_breakdown_against_ve_x():
    text = ("Xuất khẩu gạo sang các thị trường đều giảm: Philippines giảm 12% về lượng; "
            "Ai Cập giảm 38% về lượng.")
    assert fact(text, "38%").metric.text == "Ai Cập"
    assert fact("Vốn FDI tăng 20% nhưng giảm 1,4% về số dự án.", "1,4%").metric.text == "số dự án"


def test_growth_stated_as_a_level():
    f = fact("Tốc độ tăng GRDP ước đạt 7,1%.", "7,1%")
    assert (f.kind, f.direction, f.metric.text) == ("change", "up", "GRDP")
    f = fact("Tăng trưởng GDP đạt 6,8%.", "6,8%")
    assert (f.kind, f.direction, f.metric.text) == ("change", "up", "GDP")


def test_binh_quan():
    f = fact("CPI bình quân 9 tháng tăng 3,05%.", "3,05%", "2023-10")
    assert f.metric.text == "CPI bình quân"
    f = fact("Giá trị sản xuất tăng bình quân 10,5%/năm.", "10,5%/năm")
    assert (f.kind, f.metric.text) == ("rate", "Giá trị sản xuất")


def test_thresholds_are_not_facts():
    facts = V1.extract("Cả nước có 4 tỉnh có kim ngạch xuất khẩu trên 1 tỷ USD.")
    assert [f.quantity.text for f in facts] == ["4 tỉnh"]


def test_signs():
    f = fact("Chỉ số giá nhóm giao thông (+10,07%).", "+10,07%")
    assert (f.quantity.value, f.kind, f.direction) == (10.07, "change", "up")
    f = fact("Chỉ số giá nhóm bưu chính giảm (-0,12%).", "-0,12%")
    assert (f.quantity.value, f.direction) == (0.12, "down")


def test_vuot():
    f = fact("Thu ngân sách đạt 5.000 tỷ đồng, vượt 2,7% dự toán.", "2,7%")
    assert (f.kind, f.direction) == ("change", "up")
    f = fact("Kim ngạch xuất khẩu vượt 1 tỷ USD.", "1 tỷ USD")
    assert (f.kind, f.quantity.approx) == ("level", "over")


def test_base_figures_are_level_facts_with_the_base_period():
    f = fact("Xuất siêu 9 tháng năm 2024 đạt 20,8 tỷ USD (cùng kỳ năm trước đạt 14,4 tỷ USD).", "14,4 tỷ USD")
    assert (f.kind, f.status, span(f)) == ("level", "actual", ("2023-01", "2023-09"))
    f = fact("Năm 2016, lượng khách đạt 3,2 triệu lượt (năm 2015: 2,57 triệu).", "2,57 triệu")
    assert (f.kind, span(f)) == ("level", ("2015", "2015"))


def test_report_month():
    text = "Chỉ số giá tiêu dùng tháng 10/2024 tăng 0,3%. Trong tháng, 8 nhóm hàng tăng giá."
    assert span(fact(text, "8 nhóm")) == ("2024-10", "2024-10")


def test_a_paragraph_that_continues_the_report_takes_its_period():
    text = ("Báo cáo kinh tế - xã hội 9 tháng năm 2024.\n\n"
            "Thu ngân sách ước đạt 8.000 tỷ đồng.\n\nChi ngân sách ước đạt 7.000 tỷ đồng.")
    assert span(fact(text, "7.000 tỷ đồng")) == ("2024-01", "2024-09")


CUT_OFFS = [
    ("Tính đến cuối tháng 9/2022, dư nợ tín dụng đạt 150.000 tỷ đồng.", "150.000 tỷ đồng", None, (None, "2022-09")),
    ("Đến giữa tháng 6-2021, toàn tỉnh có 120 dự án.", "120 dự án", None, (None, "2021-06")),
    ("Tính đến thời điểm 20/9/2019, toàn tỉnh có 120 dự án.", "120 dự án", None, (None, "2019-09-20")),
    ("Lũy kế đến hết quý II, thu ngân sách đạt 4.000 tỷ đồng.", "4.000 tỷ đồng", "2024-07", (None, "2024-06")),
]


@pytest.mark.parametrize("text,quantity,published,expected", CUT_OFFS)
def test_cut_offs(text, quantity, published, expected):
    assert span(fact(text, quantity, published)) == expected


def test_plans_and_horizons():
    text = "Nhiệm kỳ 2020-2025, đến năm 2025 tỷ lệ đô thị hóa đạt 45%."
    f = fact(text, "45%", "2020-10")
    assert (span(f), f.status) == (("2025", "2025"), "target")
    f = fact("Phấn đấu tăng trưởng bình quân giai đoạn 2021-2025 đạt 8%/năm.", "8%/năm", "2021-03")
    assert span(f) == ("2021", "2025")
    f = fact("Kế hoạch năm 2024, thu ngân sách 12.000 tỷ đồng.", "12.000 tỷ đồng", "2024-06")
    assert f.status == "target"
    f = fact("Thu ngân sách 6 tháng đạt 5.000 tỷ đồng, đạt 95% kế hoạch.", "95%", "2024-07")
    assert f.status == "actual"


def test_status_words():
    assert fact("Theo số liệu sơ bộ, GRDP năm 2023 tăng 6,5%.", "6,5%").status == "actual"
    assert fact("Dự báo năm 2025, GDP tăng 6,8%.", "6,8%", "2024-12").status == "estimate"
    assert fact("Dự kiến tháng 5/2024, xuất khẩu đạt 1 tỷ USD.", "1 tỷ USD", "2024-05-28").status == "estimate"
    assert fact("Dự kiến năm 2026, xuất khẩu đạt 15 tỷ USD.", "15 tỷ USD", "2024-05-28").status == "target"


UNITS = [
    ("Sản lượng container đạt 7,05 triệu TEU.", "7,05 triệu TEU", "TEU", 7.05e6),
    ("Nhà máy có công suất 500.000 tấn/năm.", "500.000 tấn/năm", "kg/year", 5e8),
    ("Tổng dư nợ đạt 15,6 triệu tỷ đồng.", "15,6 triệu tỷ đồng", "VND", 1.56e16),
    ("Tỉnh đón 8,6 triệu lượt khách.", "8,6 triệu lượt khách", "count", 8.6e6),
    ("Có 2.000 lượt người tham gia.", "2.000 lượt người", "count", 2000),
]


@pytest.mark.parametrize("text,quantity,unit,value", UNITS)
def test_units(text, quantity, unit, value):
    q = fact(text, quantity).quantity
    assert (q.canonical_unit, q.value) == (unit, pytest.approx(value))


def test_the_period_resolvers_doctests_hold():
    """The examples written beside the period resolvers are run here."""
    import doctest

    import vnextract._stages.periods as periods

    result = doctest.testmod(periods)
    assert result.attempted >= 10 and result.failed == 0, result
