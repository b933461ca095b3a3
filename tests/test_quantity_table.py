"""Table tests for quantity extraction, grouped by rule family.

Each case is a short, realistic sentence (provincial reports, statistics
releases, trade / budget / agriculture / CPI / labour / investment news) and
the quantities it contains, in order of appearance. The expected values were
worked out BY HAND from ``shared/ANNOTATION.md`` sections 1-3 and
``gold/GUIDELINES.md`` (never by running the extractor):

- ``text``: number and unit as written; qualifier words ("trên", "gần",
  "khoảng") and the "từ" of a range are left out; a sign glued to the number
  inside parentheses is kept ("(+0,15%)" -> ``+0,15%``); a count's unit is the
  head noun without its modifiers ("2.500 căn nhà ở xã hội" -> ``2.500 căn``).
- ``value``: number x scale word x unit factor ("155.697" = 155697, "10,5" =
  10.5, "1,234 doanh nghiệp" = 1234 but "305,935 ngàn tấn" = 305.935e3 t).
- ``canonical_unit``, ``value_max`` (ranges only) and ``approx``.

Cases where the library is wrong are kept and marked ``xfail(strict=True)``
with what it does instead, so they turn red once the library is fixed.
"""

from __future__ import annotations

import pytest

from vnextract import Extractor

EX = Extractor()


def Q(text, value, unit, value_max=None, approx=None):
    """One expected quantity."""
    return (text, value, unit, value_max, approx)


def C(id_, sentence, *quantities, xfail=None):
    """One table row; ``xfail`` is the reason when the library is known wrong."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, list(quantities), id=id_, marks=marks)


def _approx(v):
    return None if v is None else pytest.approx(v, rel=1e-9)


def check(sentence, expected):
    facts = EX.extract(sentence)
    for f in facts:  # spans index the input string
        q = f.quantity
        assert sentence[q.start:q.end] == q.text, (q.start, q.end, q.text)
    got = [(f.quantity.text, f.quantity.value, f.quantity.canonical_unit,
            f.quantity.value_max, f.quantity.approx) for f in facts]
    want = [(t, _approx(v), u, _approx(vm), a) for (t, v, u, vm, a) in expected]
    assert got == want


# ---------------------------------------------------------------------------
# 1. Dot-grouped thousands and decimal comma (25)
# ---------------------------------------------------------------------------
THOUSANDS_DECIMAL = [
    C("budget-tydong", "Năm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt 18.452 tỷ đồng.",
      Q("18.452 tỷ đồng", 1.8452e13, "VND")),
    C("rice-area-decimal", "Diện tích gieo cấy lúa vụ Hè Thu toàn tỉnh đạt 12.384,6 ha.",
      Q("12.384,6 ha", 1.23846e8, "m2")),
    C("retail-tydong", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 96.315 tỷ đồng.",
      Q("96.315 tỷ đồng", 9.6315e13, "VND")),
    C("export-trieuusd", "Năm 2023, kim ngạch xuất khẩu đạt 1.456 triệu USD.",
      Q("1.456 triệu USD", 1.456e9, "USD")),
    C("aquaculture-tan-pct", "Sản lượng thủy sản nuôi trồng đạt 235.412 tấn, tăng 4,6% so với cùng kỳ.",
      Q("235.412 tấn", 2.35412e8, "kg"), Q("4,6%", 4.6, "percent")),
    C("jobs-laodong", "Trong năm, toàn tỉnh giải quyết việc làm cho 34.250 lao động.",
      Q("34.250 lao động", 34250, "count")),
    C("cpi-decimal", "Chỉ số giá tiêu dùng tháng 9 tăng 0,48% so với tháng trước.",
      Q("0,48%", 0.48, "percent")),
    C("grdp-decimal", "Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh đạt 7,12%.",
      Q("7,12%", 7.12, "percent")),
    C("two-dot-groups-trieu", "Vốn đầu tư thực hiện toàn xã hội đạt 1.234.567 triệu đồng.",
      Q("1.234.567 triệu đồng", 1.234567e12, "VND")),
    C("credit-dot-and-comma", "Tổng dư nợ tín dụng trên địa bàn đạt 112.450,5 tỷ đồng.",
      Q("112.450,5 tỷ đồng", 1.124505e14, "VND")),
    C("agri-value-dot-comma", "Giá trị sản xuất nông nghiệp đạt 28.906,4 tỷ đồng, tăng 3,85%.",
      Q("28.906,4 tỷ đồng", 2.89064e13, "VND"), Q("3,85%", 3.85, "percent")),
    C("pigs-two-groups", "Tổng đàn lợn toàn tỉnh hiện có 1.245.300 con.",
      Q("1.245.300 con", 1245300, "count")),
    C("tourists-two-groups", "Lượng khách du lịch đến tỉnh ước đạt 2.150.000 lượt khách.",
      Q("2.150.000 lượt khách", 2150000, "count")),
    C("power-trieukwh-decimal", "Sản lượng điện thương phẩm năm 2023 đạt 3.456,78 triệu kWh.",
      Q("3.456,78 triệu kWh", 3.45678e9, "kWh")),
    C("poverty-rate", "Đến cuối năm 2023, tỷ lệ hộ nghèo giảm còn 2,35%.",
      Q("2,35%", 2.35, "percent")),
    C("forest-ha", "Diện tích rừng trồng mới tập trung đạt 6.520 ha.",
      Q("6.520 ha", 6.52e7, "m2")),
    C("comma-thousands-count-dn", "Trong 9 tháng, có 1,234 doanh nghiệp thành lập mới.",
      Q("1,234 doanh nghiệp", 1234, "count")),
    C("comma-thousands-count-da", "Lũy kế toàn tỉnh có 2,418 dự án còn hiệu lực.",
      Q("2,418 dự án", 2418, "count")),
    C("comma-decimal-with-scale", "Sản lượng lương thực có hạt đạt 305,935 ngàn tấn.",
      Q("305,935 ngàn tấn", 3.05935e8, "kg")),
    C("rice-export-tyusd", "Giá trị xuất khẩu gạo năm 2023 đạt 4,41 tỷ USD.",
      Q("4,41 tỷ USD", 4.41e9, "USD")),
    C("domestic-revenue", "Thu nội địa 11 tháng đạt 12.586,3 tỷ đồng.",
      Q("12.586,3 tỷ đồng", 1.25863e13, "VND")),
    C("floor-area-m2", "Tổng diện tích sàn xây dựng nhà ở hoàn thành trong năm đạt 245.600 m2.",
      Q("245.600 m2", 245600, "m2")),
    C("import-decimal-pct", "Kim ngạch nhập khẩu đạt 2.045,6 triệu USD, giảm 12,8%.",
      Q("2.045,6 triệu USD", 2.0456e9, "USD"), Q("12,8%", 12.8, "percent")),
    C("iip-decimal", "Chỉ số sản xuất công nghiệp (IIP) tháng 10 tăng 10,12% so với cùng kỳ.",
      Q("10,12%", 10.12, "percent")),
    C("coffee-two-groups-tan", "Sản lượng cà phê xuất khẩu niên vụ vừa qua đạt 1.025.300 tấn.",
      Q("1.025.300 tấn", 1.0253e9, "kg")),
]


# ---------------------------------------------------------------------------
# 2. Plain digits, leading zeros, digits glued to units (15)
# ---------------------------------------------------------------------------
PLAIN_GLUED = [
    # a missing space after a word: the whole figure, never the digits after its comma
    C("glued-after-verb", "Ngành chế biến, chế tạo tăng10,62% so với cùng kỳ.",
      Q("10,62%", 10.62, "percent")),
    C("glued-after-verb-dots", "Tỉnh đã giải ngân được1.234 tỷ đồng.",
      Q("1.234 tỷ đồng", 1.234e12, "VND")),
    # the bare numbers of a list take the unit after its last item; two figures are no list
    C("listed-counts", "Các huyện Can Lộc, Thạch Hà và Nghi Xuân lần lượt có 1.104, 968 và 845 người đi làm việc.",
      Q("1.104", 1104, "count"), Q("968", 968, "count"), Q("845 người", 845, "count")),
    # ... or the unit of its first item, when each bare number follows a name
    C("listed-counts-first", "Toàn ngành thiếu 960 giáo viên, trong đó mầm non 410 người, tiểu học 300, THCS 170 và THPT 80.",
      Q("960 giáo viên", 960, "count"), Q("410 người", 410, "count"), Q("300", 300, "count"),
      Q("170", 170, "count"), Q("80", 80, "count")),
    C("listed-counts-first-one-item-no-list", "Xã có 120 hộ nghèo, năm 2023 là 150.",
      Q("120 hộ", 120, "count")),
    # a count that only introduces the names it lists is no measure; a count the clause reports is
    C("enumerated-names", "Tổng doanh số trên 3 sàn Shopee, Lazada và Tiki năm qua đạt 300.000 tỷ đồng.",
      Q("300.000 tỷ đồng", 3e14, "VND")),
    C("enumerated-names-reported", "Trong đó 3 huyện Nam Sách, Gia Lộc, Cẩm Giàng đạt chuẩn nông thôn mới nâng cao.",
      Q("3 huyện", 3, "count")),
    C("month-dot-year-no-list", "Lũy kế đến tháng 6.2019, 2 nhà máy phát 396 triệu kWh.",
      Q("2 nhà máy", 2, "count"), Q("396 triệu kWh", 3.96e8, "kWh")),
    # an amount out of another ("giải ngân 21.380 tỷ đồng/38.540 tỷ đồng") is two figures, no rate
    C("amount-out-of-amount", "Cấp thành phố giải ngân 21.380 tỷ đồng/38.540 tỷ đồng, đạt 55,5%.",
      Q("21.380 tỷ đồng", 2.138e13, "VND"), Q("38.540 tỷ đồng", 3.854e13, "VND"), Q("55,5%", 55.5, "percent")),
    C("glued-code-no-figure", "Dịch cúm H5N1 và Covid-19 không ảnh hưởng tới iphone15.", ),
    C("glued-ha-dot", "Huyện đã phun trừ sâu bệnh cho 8.450ha lúa mùa.",
      Q("8.450ha", 8.45e7, "m2")),
    C("glued-mw", "Nhà máy điện gió Ia Pết có tổng công suất 350MW.",
      Q("350MW", 3.5e8, "W")),
    C("leading-zero-ccn", "Toàn tỉnh hiện có 07 cụm công nghiệp đang hoạt động.",
      Q("07 cụm công nghiệp", 7, "count")),
    C("leading-zero-xa", "Năm 2023, huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.",
      Q("05 xã", 5, "count")),
    C("plain-du-an", "Năm 2023, tỉnh thu hút thêm 12 dự án mới.",
      Q("12 dự án", 12, "count")),
    C("glued-mwp", "Dự án điện mặt trời Hồng Phong có công suất 50MWp.",
      Q("50MWp", 5e7, "W")),
    C("plain-ho", "Có 120 hộ tham gia mô hình nuôi tôm công nghệ cao.",
      Q("120 hộ", 120, "count")),
    C("plain-trieu-dong", "Giá trị gói thầu tư vấn là 500 triệu đồng.",
      Q("500 triệu đồng", 5e8, "VND")),
    C("glued-ha-plain", "Khu công nghiệp Tân Trường có diện tích 350ha.",
      Q("350ha", 3.5e6, "m2")),
    C("plain-percent", "Tỷ lệ che phủ rừng của tỉnh đạt 45%.",
      Q("45%", 45, "percent")),
    C("ungrouped-tydong", "Tổng vốn đăng ký của dự án đạt 2500 tỷ đồng.",
      Q("2500 tỷ đồng", 2.5e12, "VND")),
    C("ungrouped-tan", "Sản lượng tôm thu hoạch đạt 12000 tấn.",
      Q("12000 tấn", 1.2e7, "kg")),
    C("glued-gw", "Tổng công suất điện gió ngoài khơi dự kiến đạt 2GW.",
      Q("2GW", 2e9, "W")),
    C("glued-m3", "Kho xăng dầu mới có sức chứa 5000m3.",
      Q("5000m3", 5000, "m3")),
    C("leading-zero-decimal-ha", "Dự án trạm y tế xã có tổng diện tích 0,5 ha.",
      Q("0,5 ha", 5000, "m2")),
]


# ---------------------------------------------------------------------------
# 3. Signed figures in parentheses: text keeps the sign, value the magnitude (10)
# ---------------------------------------------------------------------------
SIGNED = [
    C("plus-pct", "Trong tháng, nhóm giáo dục có mức tăng cao nhất (+0,15%).",
      Q("+0,15%", 0.15, "percent")),
    C("minus-pct", "Nhóm giao thông giảm (-1,24%) do giá xăng dầu được điều chỉnh giảm.",
      Q("-1,24%", 1.24, "percent")),
    C("plus-pct-large", "Chỉ số giá vàng tiếp tục tăng (+10,07%) so với cùng kỳ.",
      Q("+10,07%", 10.07, "percent")),
    C("minus-pct-base-inside", "Chỉ số giá đô la Mỹ giảm nhẹ (-0,02% so với đầu năm).",
      Q("-0,02%", 0.02, "percent")),
    C("plus-and-minus", "Nhóm nhà ở, điện nước, chất đốt (+0,52%), nhóm thực phẩm (-0,63%).",
      Q("+0,52%", 0.52, "percent"), Q("-0,63%", 0.63, "percent")),
    C("minus-sector", "Ngành khai khoáng (-3,8%) tiếp tục suy giảm.",
      Q("-3,8%", 3.8, "percent")),
    C("plus-sector-pair", "Ngành sản xuất và phân phối điện (+7,46%) và ngành cung cấp nước (+4,9%).",
      Q("+7,46%", 7.46, "percent"), Q("+4,9%", 4.9, "percent")),
    C("plus-pp", "Tỷ lệ nợ xấu nội bảng là 1,8% (+0,2 điểm phần trăm).",
      Q("1,8%", 1.8, "percent"), Q("+0,2 điểm phần trăm", 0.2, "percentage_point")),
    C("minus-rubber", "Giá cao su xuất khẩu bình quân giảm mạnh (-15,6%).",
      Q("-15,6%", 15.6, "percent")),
    C("plus-money", "Thu thuế bảo vệ môi trường đạt 3.420 tỷ đồng (+1.250 tỷ đồng so với dự toán).",
      Q("3.420 tỷ đồng", 3.42e12, "VND"), Q("+1.250 tỷ đồng", 1.25e12, "VND")),
]


# ---------------------------------------------------------------------------
# 4. Scale words nghìn / ngàn / triệu / tỷ / tỉ / nghìn tỷ / vạn (30)
# ---------------------------------------------------------------------------
SCALE_WORDS = [
    C("nghin-ty", "Tổng vốn đầu tư công năm 2024 của tỉnh là 2 nghìn tỷ đồng.",
      Q("2 nghìn tỷ đồng", 2e12, "VND")),
    C("nghin-ty-decimal", "Tổng kế hoạch vốn đầu tư công năm 2023 là 7,2 nghìn tỷ đồng.",
      Q("7,2 nghìn tỷ đồng", 7.2e12, "VND")),
    C("ngan-ty", "Quy mô nền kinh tế của thành phố đạt 15 ngàn tỷ đồng.",
      Q("15 ngàn tỷ đồng", 1.5e13, "VND")),
    C("ngan-ti", "Dự án có tổng mức đầu tư 1,5 ngàn tỉ đồng.",
      Q("1,5 ngàn tỉ đồng", 1.5e12, "VND")),
    C("nghin-tan", "Sản lượng thủy sản khai thác đạt 120 nghìn tấn.",
      Q("120 nghìn tấn", 1.2e8, "kg")),
    C("ngan-tan", "Lượng phân bón nhập khẩu khoảng 45 ngàn tấn.",
      Q("45 ngàn tấn", 4.5e7, "kg", approx="about")),
    C("van-tan", "Công suất chế biến của nhà máy đạt 5 vạn tấn.",
      Q("5 vạn tấn", 5e7, "kg")),
    C("van-luot-khach", "Lễ hội năm nay thu hút 2 vạn lượt khách.",
      Q("2 vạn lượt khách", 2e4, "count")),
    C("trieu-tan", "Sản lượng lúa cả năm đạt 3,2 triệu tấn.",
      Q("3,2 triệu tấn", 3.2e9, "kg")),
    C("trieu-luot-khach", "Thành phố đón 1,2 triệu lượt khách trong dịp Tết.",
      Q("1,2 triệu lượt khách", 1.2e6, "count")),
    C("ti-usd-over", "Kim ngạch xuất khẩu thủy sản đạt hơn 4,5 tỉ USD.",
      Q("4,5 tỉ USD", 4.5e9, "USD", approx="over")),
    C("ti-dong", "Ngân sách tỉnh hỗ trợ 68 tỉ đồng cho chương trình.",
      Q("68 tỉ đồng", 6.8e10, "VND")),
    C("nghin-khach-hang", "Ngân hàng chính sách đang cho vay với 210 nghìn khách hàng còn dư nợ.",
      Q("210 nghìn khách hàng", 2.1e5, "count")),
    C("trieu-tai-khoan", "Thanh toán không dùng tiền mặt phát triển với 2,95 triệu tài khoản cá nhân.",
      Q("2,95 triệu tài khoản", 2.95e6, "count")),
    C("nghin-lao-dong", "Các khu công nghiệp đang sử dụng 12 nghìn lao động.",
      Q("12 nghìn lao động", 1.2e4, "count")),
    C("trieu-dong", "Mỗi mô hình được hỗ trợ 850 triệu đồng.",
      Q("850 triệu đồng", 8.5e8, "VND")),
    C("ty-dong-decimal", "Tổng kinh phí khuyến công năm 2023 là 3,5 tỷ đồng.",
      Q("3,5 tỷ đồng", 3.5e9, "VND")),
    C("trieu-tan-decimal", "Sản lượng ngô cả nước đạt 1,25 triệu tấn.",
      Q("1,25 triệu tấn", 1.25e9, "kg")),
    C("trieu-con", "Tổng đàn gia cầm toàn tỉnh đạt 1,8 triệu con.",
      Q("1,8 triệu con", 1.8e6, "count")),
    C("nghin-ha", "Diện tích gieo trồng cây hằng năm đạt 540 nghìn ha.",
      Q("540 nghìn ha", 5.4e9, "m2")),
    C("nghin-ty-small", "Tổng dư nợ cho vay chương trình nhà ở xã hội đạt 1,3 nghìn tỷ đồng.",
      Q("1,3 nghìn tỷ đồng", 1.3e12, "VND")),
    C("nghin-tan-decimal", "Sản lượng chè búp tươi đạt 10,5 nghìn tấn.",
      Q("10,5 nghìn tấn", 1.05e7, "kg")),
    C("nghin-ho", "Chương trình đã hỗ trợ vốn cho 32 nghìn hộ.",
      Q("32 nghìn hộ", 3.2e4, "count")),
    C("trieu-lao-dong", "Lực lượng lao động từ 15 tuổi trở lên của vùng đạt 2,1 triệu lao động.",
      Q("2,1 triệu lao động", 2.1e6, "count")),
    C("trieu-ha", "Diện tích đất trồng lúa của vùng đồng bằng là 1,15 triệu ha.",
      Q("1,15 triệu ha", 1.15e10, "m2")),
    C("ngan-dong", "Mỗi suất quà trị giá 760 ngàn đồng.",
      Q("760 ngàn đồng", 7.6e5, "VND")),
    C("trieu-nguoi", "Dân số trung bình của vùng đạt 4 triệu người.",
      Q("4 triệu người", 4e6, "count")),
    C("dot-thousands-ty", "Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 1.234 tỷ đồng.",
      Q("1.234 tỷ đồng", 1.234e12, "VND")),
    C("nghin-ty-decimal-2", "Vốn đầu tư từ ngân sách nhà nước thực hiện đạt 25,6 nghìn tỷ đồng.",
      Q("25,6 nghìn tỷ đồng", 2.56e13, "VND")),
    C("nghin-can-ho", "Đề án đặt mục tiêu xây dựng 640 nghìn căn hộ nhà ở xã hội.",
      Q("640 nghìn căn hộ", 6.4e5, "count")),
]


# ---------------------------------------------------------------------------
# 5. Money: VND, USD, EUR and other ISO currencies (20)
# ---------------------------------------------------------------------------
MONEY = [
    C("dong-plain", "Mỗi hộ nghèo được hỗ trợ 500.000 đồng trong dịp Tết.",
      Q("500.000 đồng", 5e5, "VND")),
    C("vnd-accented", "Mức hỗ trợ cho mỗi lao động là 1,2 triệu VNĐ.",
      Q("1,2 triệu VNĐ", 1.2e6, "VND")),
    C("vnd-iso", "Doanh nghiệp đã nộp ngân sách 45 tỷ VND.",
      Q("45 tỷ VND", 4.5e10, "VND")),
    C("eur-iso", "Dự án được tài trợ 25 triệu EUR từ Liên minh châu Âu.",
      Q("25 triệu EUR", 2.5e7, "EUR")),
    C("usd-ty", "Vốn FDI giải ngân trong năm đạt 3,5 tỷ USD.",
      Q("3,5 tỷ USD", 3.5e9, "USD")),
    C("do-la-my", "Kim ngạch thương mại song phương đạt 120 triệu đô la Mỹ.",
      Q("120 triệu đô la Mỹ", 1.2e8, "USD")),
    C("euro-word", "Ngân hàng Tái thiết Đức cho vay 18 triệu euro để xây dựng nhà máy xử lý nước thải.",
      Q("18 triệu euro", 1.8e7, "EUR")),
    C("cny", "Kim ngạch nhập khẩu qua cửa khẩu đạt 200 triệu nhân dân tệ.",
      Q("200 triệu nhân dân tệ", 2e8, "CNY")),
    C("jpy", "Nhật Bản cung cấp khoản vay ODA trị giá 50 tỷ yên Nhật.",
      Q("50 tỷ yên Nhật", 5e10, "JPY")),
    C("usd-plain", "Hợp đồng xuất khẩu đầu tiên có giá trị 350.000 USD.",
      Q("350.000 USD", 3.5e5, "USD")),
    C("budget-tydong", "Thu ngân sách nhà nước 11 tháng ước đạt 9.864 tỷ đồng.",
      Q("9.864 tỷ đồng", 9.864e12, "VND")),
    C("bond-tydong", "Kho bạc Nhà nước đã phát hành 2.500 tỷ đồng trái phiếu.",
      Q("2.500 tỷ đồng", 2.5e12, "VND")),
    C("capital-increase-usd", "Có 9 dự án điều chỉnh tăng vốn với số vốn tăng thêm 146,3 triệu USD.",
      Q("9 dự án", 9, "count"), Q("146,3 triệu USD", 1.463e8, "USD")),
    C("glued-d", "Giá vé tham quan được giữ ở mức 150.000đ.",
      Q("150.000đ", 1.5e5, "VND")),
    C("usd-trieu-decimal", "Công ty đã ký hợp đồng cung cấp thiết bị trị giá 1,5 triệu USD.",
      Q("1,5 triệu USD", 1.5e6, "USD")),
    C("retail-tydong", "Trong đó, doanh thu bán lẻ hàng hóa đạt 58.240 tỷ đồng.",
      Q("58.240 tỷ đồng", 5.824e13, "VND")),
    C("eur-ty", "Kim ngạch xuất khẩu sang EU đạt 4,8 tỷ EUR.",
      Q("4,8 tỷ EUR", 4.8e9, "EUR")),
    C("dong-small", "Giá mỗi kg muối tại ruộng chỉ còn 2.000 đồng.",
      Q("2.000 đồng", 2e3, "VND")),
    C("usd-ty-decimal", "Xuất siêu cả năm ước đạt 12,75 tỷ USD.",
      Q("12,75 tỷ USD", 1.275e10, "USD")),
    C("fine-trieu", "Qua kiểm tra, lực lượng quản lý thị trường xử phạt 650 triệu đồng.",
      Q("650 triệu đồng", 6.5e8, "VND")),
]


# ---------------------------------------------------------------------------
# 6. %, %/năm, điểm phần trăm (20)
# ---------------------------------------------------------------------------
PERCENT = [
    C("iip-up", "Chỉ số sản xuất toàn ngành công nghiệp ước tăng 9,35%.",
      Q("9,35%", 9.35, "percent")),
    C("share", "Doanh thu bán lẻ hàng hóa chiếm 73,9% tổng mức.",
      Q("73,9%", 73.9, "percent")),
    C("plan-share", "Thu ngân sách 9 tháng đạt 98,2% kế hoạch năm.",
      Q("98,2%", 98.2, "percent")),
    C("pct-per-year-growth", "Giai đoạn 2016 - 2020, giá trị sản xuất công nghiệp tăng bình quân 12,3%/năm.",
      Q("12,3%/năm", 12.3, "percent/year")),
    C("pct-per-year-rate", "Lãi suất cho vay ưu đãi đối với hộ nghèo là 6,6%/năm.",
      Q("6,6%/năm", 6.6, "percent/year")),
    C("pp-down", "Tỷ lệ hộ cận nghèo giảm 0,8 điểm phần trăm so với năm trước.",
      Q("0,8 điểm phần trăm", 0.8, "percentage_point")),
    C("pp-up", "Tỷ trọng công nghiệp trong GRDP tăng 1,25 điểm phần trăm.",
      Q("1,25 điểm phần trăm", 1.25, "percentage_point")),
    C("hundred-pct", "Đến nay, 100% số xã có đường ô tô đến trung tâm.",
      Q("100%", 100, "percent")),
    C("occupancy", "Tỷ lệ lấp đầy các khu công nghiệp đạt 67,8%.",
      Q("67,8%", 67.8, "percent")),
    C("down-pct", "Kim ngạch nhập khẩu nguyên liệu giảm 2,1%.",
      Q("2,1%", 2.1, "percent")),
    C("disbursement", "Tỷ lệ giải ngân vốn đầu tư công đến hết tháng 8 đạt 45,6%.",
      Q("45,6%", 45.6, "percent")),
    C("tiny-pct", "Chỉ số giá nhóm bưu chính viễn thông tăng 0,03%.",
      Q("0,03%", 0.03, "percent")),
    C("cpi-two", "CPI bình quân tăng 3,25%, lạm phát cơ bản tăng 2,71%.",
      Q("3,25%", 3.25, "percent"), Q("2,71%", 2.71, "percent")),
    C("credit-growth", "Đến cuối tháng 10, tăng trưởng tín dụng toàn tỉnh đạt 8,9%.",
      Q("8,9%", 8.9, "percent")),
    C("pp-contribution", "Nhóm thực phẩm đóng góp 0,25 điểm phần trăm vào mức tăng chung.",
      Q("0,25 điểm phần trăm", 0.25, "percentage_point")),
    C("deposit-term-label", "Lãi suất huy động kỳ hạn 12 tháng phổ biến ở mức 4,7%/năm.",
      Q("4,7%/năm", 4.7, "percent/year")),
    C("pct-per-year-target", "Phấn đấu kim ngạch xuất khẩu tăng bình quân 15%/năm.",
      Q("15%/năm", 15, "percent/year")),
    C("weight-in-grdp", "Khu vực dịch vụ chiếm tỷ trọng 38,5% GRDP.",
      Q("38,5%", 38.5, "percent")),
    C("trained-labour-two", "Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 28,5%.",
      Q("70%", 70, "percent"), Q("28,5%", 28.5, "percent")),
    C("pp-vs-year", "Tỷ lệ đô thị hóa tăng 1,5 điểm phần trăm so với năm 2022.",
      Q("1,5 điểm phần trăm", 1.5, "percentage_point")),
]


# ---------------------------------------------------------------------------
# 7. Area ha / m² / km² and mass tấn / tạ / yến / kg (20)
# ---------------------------------------------------------------------------
AREA_MASS = [
    C("ha-dot", "Nông dân đã thu hoạch xong vụ Thu Đông với diện tích 65.410 ha.",
      Q("65.410 ha", 6.541e8, "m2")),
    C("hecta-word", "Tỉnh đã dồn điền đổi thửa được 2.968 hécta đất nông nghiệp.",
      Q("2.968 hécta", 2.968e7, "m2")),
    C("m2-superscript", "Nhà văn hóa trung tâm có diện tích sàn 1.250 m².",
      Q("1.250 m²", 1250, "m2")),
    C("m2-plain", "Mỗi căn hộ nhà ở xã hội có diện tích 85 m2.",
      Q("85 m2", 85, "m2")),
    C("km2-decimal", "Khu kinh tế mở rộng thêm 12,5 km².",
      Q("12,5 km²", 1.25e7, "m2")),
    C("km2-plain", "Tỉnh có tổng diện tích tự nhiên là 3.500 km2.",
      Q("3.500 km2", 3.5e9, "m2")),
    C("tan-trieu", "Sản lượng gạo xuất khẩu năm 2023 đạt 6,8 triệu tấn.",
      Q("6,8 triệu tấn", 6.8e9, "kg")),
    C("tan-plain", "Lực lượng chức năng đã tiêu hủy 450 tấn hàng giả.",
      Q("450 tấn", 4.5e5, "kg")),
    C("ta", "Hợp tác xã thu mua 1.200 tạ thóc của xã viên.",
      Q("1.200 tạ", 1.2e5, "kg")),
    C("yen", "Mỗi hộ thu hoạch bình quân 35 yến cá.",
      Q("35 yến", 350, "kg")),
    C("kg", "Cơ quan chức năng đã thu giữ 2.500 kg thịt lợn không rõ nguồn gốc.",
      Q("2.500 kg", 2500, "kg")),
    C("ta-elided-denominator", "Năng suất lúa chỉ đạt 54,6 tạ/ha, giảm 0,15 tạ so với vụ trước.",
      Q("54,6 tạ/ha", 0.546, "kg/m2"), Q("0,15 tạ", 15, "kg")),
    C("tan-dot", "Sản lượng tôm nuôi nước lợ đạt 18.500 tấn.",
      Q("18.500 tấn", 1.85e7, "kg")),
    C("ha-decimal", "Diện tích cây ăn quả trồng mới đạt 120,5 ha.",
      Q("120,5 ha", 1.205e6, "m2")),
    C("ha-dot-comma", "Theo Phương án, tổng diện tích các cụm công nghiệp là 4.177,97 ha.",
      Q("4.177,97 ha", 4.17797e7, "m2")),
    C("kg-small", "Mỗi hộ được hỗ trợ 300 kg giống lúa.",
      Q("300 kg", 300, "kg")),
    C("tan-decimal", "Mỗi lồng nuôi cho sản lượng 1,2 tấn cá.",
      Q("1,2 tấn", 1200, "kg")),
    C("ta-small", "Mỗi hộ được cấp 5 tạ gạo cứu đói.",
      Q("5 tạ", 500, "kg")),
    C("hec-ta-hyphen", "Huyện đã chuyển đổi 80 héc-ta đất lúa kém hiệu quả sang trồng cây ăn quả.",
      Q("80 héc-ta", 8e5, "m2")),
    C("km2-small", "Vùng nuôi trồng thủy sản tập trung rộng 14 km².",
      Q("14 km²", 1.4e7, "m2")),
]


# ---------------------------------------------------------------------------
# 8. Volume lít / m³, energy kWh / MWh / triệu kWh, capacity kW / MW / MWp / GW (15)
# ---------------------------------------------------------------------------
VOLUME_ENERGY = [
    C("lit", "Đoàn kiểm tra tạm giữ 1.250 lít xăng không rõ nguồn gốc.",
      Q("1.250 lít", 1.25, "m3")),
    C("lit-trieu", "Sản lượng xăng dầu tiêu thụ trên địa bàn đạt 68,4 triệu lít.",
      Q("68,4 triệu lít", 68400, "m3")),
    C("m3-superscript", "Mỗi ngày bãi chôn lấp tiếp nhận 450 m³ rác thải.",
      Q("450 m³", 450, "m3")),
    C("m3-plain", "Nhà máy nước đã cung cấp 12.000 m3 nước sạch cho người dân.",
      Q("12.000 m3", 12000, "m3")),
    C("ty-kwh", "Sản lượng điện thương phẩm cả năm đạt khoảng 3,04 tỷ kWh.",
      Q("3,04 tỷ kWh", 3.04e9, "kWh", approx="about")),
    C("trieu-kwh", "Điện năng sản xuất của các nhà máy thủy điện đạt 1.234 triệu kWh.",
      Q("1.234 triệu kWh", 1.234e9, "kWh")),
    C("mwh", "Hệ thống điện mặt trời mái nhà phát lên lưới 850 MWh.",
      Q("850 MWh", 8.5e5, "kWh")),
    C("kwh", "Trong đợt cao điểm, ngành điện tiết kiệm được 15.600 kWh.",
      Q("15.600 kWh", 15600, "kWh")),
    C("trieu-kwh-decimal", "Các thành phần phụ tải khác tiêu thụ 2,5 triệu kWh.",
      Q("2,5 triệu kWh", 2.5e6, "kWh")),
    C("kw", "Hệ thống pin mặt trời của trường học có công suất 500 kW.",
      Q("500 kW", 5e5, "W")),
    C("mw", "Nhà máy điện gió Phương Mai 3 có công suất 21 MW.",
      Q("21 MW", 2.1e7, "W")),
    C("mwp", "Dự án điện mặt trời nổi trên hồ có công suất 5 MWp.",
      Q("5 MWp", 5e6, "W")),
    C("gw", "Tổng công suất nguồn điện lắp đặt của tỉnh đạt 1,2 GW.",
      Q("1,2 GW", 1.2e9, "W")),
    C("gwh", "Sản lượng điện truyền tải qua trạm đạt 45 GWh.",
      Q("45 GWh", 4.5e7, "kWh")),
    C("lit-small", "Mỗi hộ được hỗ trợ 200 lít thuốc bảo vệ thực vật sinh học.",
      Q("200 lít", 0.2, "m3")),
]


# ---------------------------------------------------------------------------
# 9. Counts of things (30)
# ---------------------------------------------------------------------------
COUNTS = [
    C("du-an", "Toàn tỉnh có 145 dự án sản xuất công nghiệp được chấp thuận đầu tư.",
      Q("145 dự án", 145, "count")),
    C("doanh-nghiep", "Năm 2023, tỉnh có 2.340 doanh nghiệp thành lập mới.",
      Q("2.340 doanh nghiệp", 2340, "count")),
    C("lao-dong", "Các làng nghề đã giải quyết việc làm cho 8.600 lao động.",
      Q("8.600 lao động", 8600, "count")),
    C("ho", "Đến cuối năm, số hộ nghèo toàn tỉnh còn 4.520 hộ.",
      Q("4.520 hộ", 4520, "count")),
    C("lang-nghe", "Hiện toàn tỉnh có 186 làng nghề truyền thống.",
      Q("186 làng nghề", 186, "count")),
    C("luot-khach", "Lượng khách quốc tế đến tỉnh đạt 312.500 lượt khách.",
      Q("312.500 lượt khách", 312500, "count")),
    C("can-ho", "Thành phố đã hoàn thành, bàn giao 1.200 căn hộ nhà ở xã hội.",
      Q("1.200 căn hộ", 1200, "count")),
    C("con-bo", "Đàn bò toàn tỉnh hiện có 95.300 con bò.",
      Q("95.300 con", 95300, "count")),
    C("xa", "Năm 2023, huyện có thêm 36 xã đạt chuẩn nông thôn mới.",
      Q("36 xã", 36, "count")),
    C("hop-tac-xa", "Trong năm, toàn tỉnh thành lập mới 14 hợp tác xã nông nghiệp.",
      Q("14 hợp tác xã", 14, "count")),
    C("nghe-nhan", "Hội nghị đã tôn vinh 8 nghệ nhân ưu tú của tỉnh.",
      Q("8 nghệ nhân", 8, "count")),
    C("ca-nhan", "Chủ tịch UBND tỉnh tặng bằng khen cho 27 cá nhân có thành tích xuất sắc.",
      Q("27 cá nhân", 27, "count")),
    C("cum-cong-nghiep", "Theo quy hoạch, tỉnh có 52 cụm công nghiệp.",
      Q("52 cụm công nghiệp", 52, "count")),
    C("khu-cong-nghiep", "Hiện tỉnh có 9 khu công nghiệp đã đi vào hoạt động.",
      Q("9 khu công nghiệp", 9, "count")),
    C("san-pham-ocop", "Năm 2023, tỉnh công nhận mới 64 sản phẩm OCOP.",
      Q("64 sản phẩm", 64, "count")),
    C("co-so-luu-tru", "Toàn tỉnh có 980 cơ sở lưu trú du lịch.",
      Q("980 cơ sở lưu trú", 980, "count")),
    C("khach-san-grade", "Trên địa bàn có 23 khách sạn từ 4 - 5 sao.",
      Q("23 khách sạn", 23, "count")),
    C("diem-giao-dich", "Mạng lưới ngân hàng gồm 126 điểm giao dịch.",
      Q("126 điểm giao dịch", 126, "count")),
    C("to-chuc-tin-dung", "Trên địa bàn tỉnh có 38 tổ chức tín dụng đang hoạt động.",
      Q("38 tổ chức tín dụng", 38, "count")),
    C("khach-hang", "Các ngân hàng đã cơ cấu lại thời hạn trả nợ cho 2.130 khách hàng.",
      Q("2.130 khách hàng", 2130, "count")),
    C("may-atm", "Toàn tỉnh có 356 máy ATM đang hoạt động.",
      Q("356 máy", 356, "count")),
    C("giay-phep", "Sở Xây dựng đã cấp 1.250 giấy phép xây dựng.",
      Q("1.250 giấy phép", 1250, "count")),
    C("nguoi", "Hội chợ việc làm thu hút 2.400 người tham dự.",
      Q("2.400 người", 2400, "count")),
    C("phuong-tien", "Lực lượng cảnh sát giao thông đã kiểm tra 64 phương tiện vận tải.",
      Q("64 phương tiện", 64, "count")),
    C("benh-vien", "Tỉnh hiện có 18 bệnh viện công lập.",
      Q("18 bệnh viện", 18, "count")),
    C("trang-trai", "Toàn huyện có 75 trang trại chăn nuôi đạt tiêu chí.",
      Q("75 trang trại", 75, "count")),
    C("can-nha-o-xa-hoi", "Thành phố phấn đấu hoàn thành 1.800 căn nhà ở xã hội.",
      Q("1.800 căn", 1800, "count")),
    C("ho-ngheo", "Năm 2023, huyện đã hỗ trợ xây mới nhà ở cho 215 hộ nghèo.",
      Q("215 hộ", 215, "count")),
    C("ho-kinh-doanh", "Chủ thể OCOP gồm 87 hộ kinh doanh.",
      Q("87 hộ kinh doanh", 87, "count")),
    C("luot-du-an", "Trong quý, tỉnh đã điều chỉnh tăng vốn cho 15 lượt dự án.",
      Q("15 lượt dự án", 15, "count")),
]


# ---------------------------------------------------------------------------
# 10. Compound rates (15)
# ---------------------------------------------------------------------------
COMPOUND = [
    C("dong-nguoi-thang", "Thu nhập bình quân của người lao động đạt 6,8 triệu đồng/người/tháng.",
      Q("6,8 triệu đồng/người/tháng", 6.8e6, "VND/person/month")),
    C("ta-ha", "Năng suất lúa vụ Đông Xuân đạt 58,4 tạ/ha.",
      Q("58,4 tạ/ha", 0.584, "kg/m2")),
    C("usd-tan", "Giá gạo xuất khẩu bình quân đạt 612 USD/tấn.",
      Q("612 USD/tấn", 0.612, "USD/kg")),
    C("trieu-dong-m2", "Giá bán nhà ở xã hội phổ biến 18 triệu đồng/m².",
      Q("18 triệu đồng/m²", 1.8e7, "VND/m2")),
    C("dong-nguoi-nam", "Thu nhập bình quân đầu người khu vực nông thôn đạt 48,6 triệu đồng/người/năm.",
      Q("48,6 triệu đồng/người/năm", 4.86e7, "VND/person/year")),
    C("dong-kg", "Giá lợn hơi xuất chuồng hiện dao động 52.000 đồng/kg.",
      Q("52.000 đồng/kg", 52000, "VND/kg")),
    C("dong-lit", "Từ 15 giờ chiều nay, giá xăng RON 92 giảm 450 đồng/lít.",
      Q("450 đồng/lít", 4.5e5, "VND/m3")),
    C("tan-ha", "Năng suất mía bình quân đạt 65 tấn/ha.",
      Q("65 tấn/ha", 6.5, "kg/m2")),
    C("trieu-dong-ha", "Mô hình trồng rau an toàn cho thu nhập 180 triệu đồng/ha.",
      Q("180 triệu đồng/ha", 18000, "VND/m2")),
    C("m2-nguoi", "Diện tích nhà ở bình quân đầu người đạt 27,5 m2/người.",
      Q("27,5 m2/người", 27.5, "m2/person")),
    C("dong-usd", "Tỷ giá trung tâm được niêm yết ở mức 24.015 đồng/USD.",
      Q("24.015 đồng/USD", 24015, "VND/USD")),
    C("usd-nguoi-nam", "GRDP bình quân đầu người đạt 4.250 USD/người/năm.",
      Q("4.250 USD/người/năm", 4250, "USD/person/year")),
    C("ty-dong-doanh-nghiep", "Vốn đăng ký bình quân đạt 9,2 tỷ đồng/doanh nghiệp.",
      Q("9,2 tỷ đồng/doanh nghiệp", 9.2e9, "VND/count")),
    C("m3-ngay-dem", "Nhà máy nước mới có công suất 30.000 m3/ngày đêm.",
      Q("30.000 m3/ngày đêm", 30000, "m3/day")),
    C("nghin-dong-kg", "Giá cà phê nhân xô hiện ở mức 67 nghìn đồng/kg.",
      Q("67 nghìn đồng/kg", 67000, "VND/kg")),
    C("trieu-dong-chi", "Giá vàng nhẫn được bán ra ở mức 7,2 triệu đồng/chỉ.",
      Q("7,2 triệu đồng/chỉ", 1.92e9, "VND/kg")),
    C("lao-dong-nam", "Giai đoạn 2021-2025, tỉnh giải quyết việc làm bình quân 35.000 lao động/năm.",
      Q("35.000 lao động/năm", 35000, "count/year")),
]


# ---------------------------------------------------------------------------
# 11. Ranges and qualifiers (25)
# ---------------------------------------------------------------------------
RANGES_QUALIFIERS = [
    C("range-hyphen-pct", "Giá phân bón tăng 10-15% so với cùng kỳ.",
      Q("10-15%", 10, "percent", 15)),
    C("range-tu-den-ty", "Mỗi dự án có quy mô từ 20 đến 30 tỷ đồng.",
      Q("20 đến 30 tỷ đồng", 2e10, "VND", 3e10)),
    C("range-tu-den-compound", "Thu nhập của lao động làng nghề từ 5,5 đến 6 triệu đồng/người/tháng.",
      Q("5,5 đến 6 triệu đồng/người/tháng", 5.5e6, "VND/person/month", 6e6)),
    C("range-spaced-hyphen", "Phấn đấu tốc độ tăng trưởng GRDP đạt 7,5 - 8%.",
      Q("7,5 - 8%", 7.5, "percent", 8)),
    C("range-en-dash", "Mục tiêu tăng trưởng tín dụng cả năm đạt 14–15%.",
      Q("14–15%", 14, "percent", 15)),
    C("range-en-dash-dong-kg", "Giá lúa tươi tại ruộng dao động từ 7.200–7.800 đồng/kg.",
      Q("7.200–7.800 đồng/kg", 7200, "VND/kg", 7800)),
    # the product measured may stand between the unit and its denominators
    C("product-before-denominator", "Năng suất sữa bình quân 14 - 15 kg sữa/con/ngày.",
      Q("14 - 15 kg sữa/con/ngày", 14, "kg/count/day", 15)),
    # a comma and three zeros group thousands: no one writes a fraction as ",000"
    C("comma-three-zeros", "Sản lượng cà phê tồn kho khoảng 5,000 tấn.",
      Q("5,000 tấn", 5e6, "kg", approx="about")),
    # one part of a whole is a share; a count out of a count stays two counts
    C("fraction-of-whole", "Các tỉnh Đông Nam Bộ đã thu hoạch được khoảng 1/2 diện tích cà phê.",
      Q("1/2", 50, "percent", approx="about")),
    C("fraction-not-count", "Toàn tỉnh có 1/3 huyện đạt chuẩn nông thôn mới.",
      Q("1", 1, "count"), Q("3 huyện", 3, "count")),
    C("fraction-parts-of-whole", "Hơn 2/3 số xã trong tỉnh đã đạt chuẩn nông thôn mới.",
      Q("2/3", 200 / 3, "percent", approx="over")),
    C("fraction-parts-not-count", "Đến nay đã có 3/5 huyện đạt chuẩn nông thôn mới.",
      Q("3", 3, "count"), Q("5 huyện", 5, "count")),
    # a first end written in full keeps its value; the scale word is the last end's
    C("range-full-first-end", "Giá thuê phòng trọ từ 800.000 đến 1,2 triệu đồng/tháng.",
      Q("800.000 đến 1,2 triệu đồng/tháng", 8e5, "VND/month", 1.2e6)),
    C("range-full-first-end-dash", "Mức giá phổ biến 950.000 – 1 triệu đồng/bao.",
      Q("950.000 – 1 triệu đồng/bao", 9.5e5, "VND/count", 1e6)),
    C("range-trieu-m2", "Giá căn hộ chung cư phổ biến ở mức 40-45 triệu đồng/m2.",
      Q("40-45 triệu đồng/m2", 4e7, "VND/m2", 4.5e7)),
    C("range-pp", "Phấn đấu tỷ lệ hộ nghèo giảm 1-1,5 điểm phần trăm mỗi năm.",
      Q("1-1,5 điểm phần trăm", 1, "percentage_point", 1.5)),
    C("range-about", "Sản lượng thủy sản dự kiến tăng khoảng 8-10%.",
      Q("8-10%", 8, "percent", 10, "about")),
    C("range-pct-year", "Lãi suất cho vay ngắn hạn phổ biến ở mức 6–8%/năm.",
      Q("6–8%/năm", 6, "percent/year", 8)),
    C("range-ha", "Mỗi năm, tỉnh trồng mới từ 1.000 đến 1.200 ha rừng.",
      Q("1.000 đến 1.200 ha", 1e7, "m2", 1.2e7)),
    C("over-tren", "Giá trị sản xuất công nghiệp ước đạt trên 12.500 tỷ đồng.",
      Q("12.500 tỷ đồng", 1.25e13, "VND", approx="over")),
    C("under-gan", "Tỷ lệ giải ngân vốn đầu tư công đạt gần 95%.",
      Q("95%", 95, "percent", approx="under")),
    C("about-khoang", "Tổng vốn đầu tư của dự án khoảng 12 triệu USD.",
      Q("12 triệu USD", 1.2e7, "USD", approx="about")),
    C("about-xap-xi", "Kim ngạch xuất khẩu nông sản đạt xấp xỉ 4,2 tỷ USD.",
      Q("4,2 tỷ USD", 4.2e9, "USD", approx="about")),
    C("under-chua-den", "Tỷ lệ nợ xấu được kiểm soát ở mức chưa đến 2%.",
      Q("2%", 2, "percent", approx="under")),
    C("under-duoi", "Tỷ lệ thất nghiệp khu vực thành thị dưới 3%.",
      Q("3%", 3, "percent", approx="under")),
    C("over-hon", "Đoàn kiểm tra đã xử phạt hơn 150 triệu đồng.",
      Q("150 triệu đồng", 1.5e8, "VND", approx="over")),
    C("about-chung", "Đợt lũ vừa qua làm chừng 200 hộ bị ảnh hưởng.",
      Q("200 hộ", 200, "count", approx="about")),
    C("about-uoc-chung", "Lượng hàng tồn kho ước chừng 3.000 tấn.",
      Q("3.000 tấn", 3e6, "kg", approx="about")),
    C("over-vuot", "Kim ngạch xuất khẩu của tỉnh lần đầu vượt 1 tỷ USD.",
      Q("1 tỷ USD", 1e9, "USD", approx="over")),
    C("under-change", "Doanh thu du lịch tăng gần 16% so với cùng kỳ.",
      Q("16%", 16, "percent", approx="under")),
    C("over-it-nhat", "Thành phố phấn đấu hoàn thành ít nhất 2.500 căn hộ trong năm nay.",
      Q("2.500 căn hộ", 2500, "count", approx="over")),
    C("null-len-toi", "Giá đất nền tại một số dự án lên tới 55 triệu đồng/m².",
      Q("55 triệu đồng/m²", 5.5e7, "VND/m2")),
    C("about-glued-ha", "Khu đô thị mới có diện tích khoảng 1.250ha.",
      Q("1.250ha", 1.25e7, "m2", approx="about")),
    C("about-tren-duoi", "Mỗi ngày làng nghề tiêu thụ trên dưới 500 tấn nguyên liệu.",
      Q("500 tấn", 5e5, "kg", approx="about")),
]


# ---------------------------------------------------------------------------
# 12. Number words (8)
# ---------------------------------------------------------------------------
NUMBER_WORDS = [
    C("hai-nhom", "Trong tháng, có hai nhóm hàng giảm giá so với tháng trước.",
      Q("hai nhóm", 2, "count")),
    C("ba-trieu-ruoi", "Mỗi lao động bị mất việc được hỗ trợ ba triệu rưỡi đồng.",
      Q("ba triệu rưỡi đồng", 3.5e6, "VND")),
    C("gap-doi", "Giá đất nền tại khu vực này cao gấp đôi so với năm trước.",
      Q("gấp đôi", 2, "times")),
    C("gan-ba-trieu-con", "Đàn gia cầm toàn tỉnh có gần ba triệu con.",
      Q("ba triệu con", 3e6, "count", approx="under")),
    C("hai-khoan-thu", "Đến nay chỉ còn hai khoản thu chưa đạt dự toán.",
      Q("hai khoản thu", 2, "count")),
    C("bon-khu-cong-nghiep", "Tỉnh đã thành lập thêm bốn khu công nghiệp.",
      Q("bốn khu công nghiệp", 4, "count")),
    C("nua-trieu-luot-khach", "Lễ hội hoa năm nay đón nửa triệu lượt khách.",
      Q("nửa triệu lượt khách", 5e5, "count")),
    C("muoi-du-an", "Tỉnh đã trao quyết định chủ trương đầu tư cho mười dự án.",
      Q("mười dự án", 10, "count")),
]


# ---------------------------------------------------------------------------
# 13. Multiples (5)
# ---------------------------------------------------------------------------
MULTIPLES = [
    C("gap-decimal", "Vốn FDI thu hút trong năm gấp 1,7 lần cùng kỳ.",
      Q("1,7 lần", 1.7, "times")),
    C("tang-gan-lan", "Thu nhập bình quân của người dân nông thôn tăng gần 1,4 lần.",
      Q("1,4 lần", 1.4, "times", approx="under")),
    C("gap-hon-lan", "Doanh thu du lịch gấp hơn 2 lần năm 2022.",
      Q("2 lần", 2, "times", approx="over")),
    C("level-then-multiple", "Lượng khách quốc tế đạt 85.000 lượt, gấp 3,2 lần cùng kỳ.",
      Q("85.000 lượt", 85000, "count"), Q("3,2 lần", 3.2, "times")),
    C("giam-lan", "Số vụ vi phạm giảm 2,5 lần so với năm trước.",
      Q("2,5 lần", 2.5, "times")),
]


# ---------------------------------------------------------------------------
# 14. Compound amounts: several scale words in one amount (issue 14) (9)
# ---------------------------------------------------------------------------
COMPOUND_AMOUNTS = [
    C("ty-trieu", "Tổng kinh phí xây dựng nhà văn hóa là 3 tỷ 200 triệu đồng.",
      Q("3 tỷ 200 triệu đồng", 3.2e9, "VND")),
    C("trieu-nghin", "Mỗi hộ được hỗ trợ 4 triệu 500 nghìn đồng.",
      Q("4 triệu 500 nghìn đồng", 4.5e6, "VND")),
    C("trieu-nghin-small", "Mức phí dịch vụ trọn gói là 1 triệu 250 nghìn đồng.",
      Q("1 triệu 250 nghìn đồng", 1.25e6, "VND")),
    C("trieu-ngan-per-month", "Mức lương tối thiểu vùng I là 4 triệu 960 ngàn đồng/tháng.",
      Q("4 triệu 960 ngàn đồng/tháng", 4.96e6, "VND/month")),
    C("nghin-ty-ty", "Tổng vốn đầu tư toàn xã hội đạt 2 nghìn tỷ 500 tỷ đồng.",
      Q("2 nghìn tỷ 500 tỷ đồng", 2.5e12, "VND")),
    C("ty-trieu-usd-over", "Kim ngạch xuất khẩu đạt hơn 1 tỷ 300 triệu USD.",
      Q("1 tỷ 300 triệu USD", 1.3e9, "USD", approx="over")),
    C("nghin-plain-tail", "Giá mỗi kg muối tại ruộng là 3 nghìn 500 đồng.",
      Q("3 nghìn 500 đồng", 3500, "VND")),
    C("ty-ruoi-digits", "Kinh phí sửa chữa trường học là 2 tỷ rưỡi đồng.",
      Q("2 tỷ rưỡi đồng", 2.5e9, "VND")),
    C("ty-trieu-nghin", "Thu ngân sách của xã đạt 1 tỷ 20 triệu 500 nghìn đồng.",
      Q("1 tỷ 20 triệu 500 nghìn đồng", 1.0205e9, "VND")),
]


# ---------------------------------------------------------------------------
# 15. Number words composed the way the language does (issue 14) (17)
# ---------------------------------------------------------------------------
COMPOSED_WORDS = [
    C("bon-muoi-hai-ty", "Tổng vốn đăng ký của dự án là bốn mươi hai tỷ đồng.",
      Q("bốn mươi hai tỷ đồng", 4.2e10, "VND")),
    C("khong-tram", "Số tiền ghi trên hóa đơn là ba mươi nghìn không trăm hai mươi lăm đồng.",
      Q("ba mươi nghìn không trăm hai mươi lăm đồng", 30025, "VND")),
    C("muoi-mot-after-khong-tram", "Giá bán lẻ mỗi lít xăng là hai mươi mốt nghìn không trăm mười một đồng.",
      Q("hai mươi mốt nghìn không trăm mười một đồng", 21011, "VND")),
    C("khong-nghin", "Số tiền tạm ứng là năm triệu không nghìn một trăm đồng.",
      Q("năm triệu không nghìn một trăm đồng", 5000100, "VND")),
    C("muoi-lam", "Trong quý, tỉnh khởi công mười lăm dự án.",
      Q("mười lăm dự án", 15, "count")),
    C("mot", "Toàn huyện có hai mươi mốt xã đạt chuẩn nông thôn mới.",
      Q("hai mươi mốt xã", 21, "count")),
    C("tu", "Tỉnh đã thành lập mới ba mươi tư hợp tác xã.",
      Q("ba mươi tư hợp tác xã", 34, "count")),
    C("linh", "Đợt lũ làm một trăm linh năm hộ bị ảnh hưởng.",
      Q("một trăm linh năm hộ", 105, "count")),
    C("le", "Kho dự trữ còn hai trăm lẻ tám tấn gạo.",
      Q("hai trăm lẻ tám tấn", 2.08e5, "kg")),
    C("phan-tram", "Tỷ lệ hộ sử dụng nước sạch đạt hai mươi tám phần trăm.",
      Q("hai mươi tám phần trăm", 28, "percent")),
    C("mot-tram-hai-muoi", "Tỉnh đã cấp phép cho một trăm hai mươi dự án.",
      Q("một trăm hai mươi dự án", 120, "count")),
    C("nam-nghin", "Giá mỗi bó rau chỉ năm nghìn đồng.",
      Q("năm nghìn đồng", 5000, "VND")),
    C("nam-muoi-ty", "Ngân sách tỉnh bố trí năm mươi tỷ đồng cho chương trình.",
      Q("năm mươi tỷ đồng", 5e10, "VND")),
    C("nam-du-an", "Năm dự án đã hoàn thành trong quý.",
      Q("Năm dự án", 5, "count")),
    C("mot-nghin-hai-tram-ty", "Tổng mức đầu tư là một nghìn hai trăm tỷ đồng.",
      Q("một nghìn hai trăm tỷ đồng", 1.2e12, "VND")),
    C("ba-chuc", "Đợt này có ba chục hộ được nhận hỗ trợ.",
      Q("ba chục hộ", 30, "count")),
    C("ruoi-variant", "Mỗi lao động được hỗ trợ hai triệu rưởi đồng.",
      Q("hai triệu rưởi đồng", 2.5e6, "VND")),
]


# ---------------------------------------------------------------------------
# 16. Two-ended ranges: one fact with value and value_max (issue 14) (12)
# ---------------------------------------------------------------------------
TWO_ENDED_RANGES = [
    C("unit-both-ends-last-applies", "Giá lợn hơi dao động từ 8.000 đồng đến 9.500 đồng/kg.",
      Q("8.000 đồng đến 9.500 đồng/kg", 8000, "VND/kg", 9500)),
    C("scale-both-ends", "Mức lương phổ biến của lao động phổ thông là 2,5 triệu - 3 triệu đồng.",
      Q("2,5 triệu - 3 triệu đồng", 2.5e6, "VND", 3e6)),
    C("pct-both-ends", "Tăng trưởng tín dụng năm nay dự kiến từ 6% đến 8%.",
      Q("6% đến 8%", 6, "percent", 8)),
    C("giua-va", "Quy mô mỗi dự án dao động giữa 300 và 400 tỷ đồng.",
      Q("300 và 400 tỷ đồng", 3e11, "VND", 4e11)),
    C("pct-dash-both", "Các nhóm hàng còn lại chỉ tăng nhẹ, từ 0,02% - 0,09%.",
      Q("0,02% - 0,09%", 0.02, "percent", 0.09)),
    C("en-dash-pct-year", "Lãi suất cho vay phổ biến 9%–10%/năm.",
      Q("9%–10%/năm", 9, "percent/year", 10)),
    C("nghin-to-trieu", "Mỗi suất quà trị giá từ 500 nghìn đến 1,2 triệu đồng.",
      Q("500 nghìn đến 1,2 triệu đồng", 5e5, "VND", 1.2e6)),
    C("words-range", "Mỗi dự án cần từ hai đến ba tỷ đồng.",
      Q("hai đến ba tỷ đồng", 2e9, "VND", 3e9)),
    C("ty-dong-both", "Doanh thu mỗi tháng đạt 1,2 tỷ đồng - 1,5 tỷ đồng.",
      Q("1,2 tỷ đồng - 1,5 tỷ đồng", 1.2e9, "VND", 1.5e9)),
    C("about-luong", "Giá vàng nhẫn khoảng 67 triệu đồng - 68 triệu đồng/lượng.",
      Q("67 triệu đồng - 68 triệu đồng/lượng", 67e6 / 0.0375, "VND/kg", 68e6 / 0.0375, "about")),
    C("va-without-giua-two-figures", "Thu ngân sách đạt 5.000 tỷ đồng và 300 triệu USD.",
      Q("5.000 tỷ đồng", 5e12, "VND"), Q("300 triệu USD", 3e8, "USD")),
    C("tu-xuong-two-figures", "Lãi suất giảm từ 8% xuống 6,5%.",
      Q("8%", 8, "percent"), Q("6,5%", 6.5, "percent")),
]


# ---------------------------------------------------------------------------
# 17. Currency signs and codes before or after the number, K for thousands (issue 14) (13)
# ---------------------------------------------------------------------------
CURRENCY_SIGNS = [
    C("us-dollar-spaced", "Vốn FDI đăng ký mới đạt US$ 3 tỷ.",
      Q("US$ 3 tỷ", 3e9, "USD")),
    C("dollar-before", "Giá mỗi thùng dầu tăng thêm $25.",
      Q("$25", 25, "USD")),
    C("dollar-after", "Chi phí một bữa ăn cho du khách khoảng 25$.",
      Q("25$", 25, "USD", approx="about")),
    C("euro-sign", "Mỗi vé vào bảo tàng có giá €40.",
      Q("€40", 40, "EUR")),
    C("pound-sign", "Phí thị thực du lịch tăng lên £12.",
      Q("£12", 12, "GBP")),
    C("usd-code-before", "Giá bán bình quân đạt USD 4,5.",
      Q("USD 4,5", 4.5, "USD")),
    # "mỗi kg" is "/kg" (units.toml per_words), after a currency written before the number too
    C("usd-code-before-per", "Giá bán bình quân đạt USD 4,5 mỗi kg.",
      Q("USD 4,5 mỗi kg", 4.5, "USD/kg")),
    C("eur-code-before", "Phí dịch vụ hồ sơ là EUR 15.",
      Q("EUR 15", 15, "EUR")),
    C("yen-sign", "Nhật Bản cam kết cho vay ¥500 triệu.",
      Q("¥500 triệu", 5e8, "JPY")),
    C("vnd-code-before", "Vốn điều lệ của công ty là VNĐ 500 triệu.",
      Q("VNĐ 500 triệu", 5e8, "VND")),
    C("cny-code-before", "Kim ngạch qua cửa khẩu đạt CNY 20 triệu.",
      Q("CNY 20 triệu", 2e7, "CNY")),
    C("k-before-dong", "Mỗi suất ăn trưa có giá 15K đồng.",
      Q("15K đồng", 15000, "VND")),
    C("k-alone-after-money-cue", "Giá vé người lớn là 200k.",
      Q("200k", 2e5, "VND")),
    C("k-per-kg", "Giá rau muống hôm nay 15k/kg.",
      Q("15k/kg", 15000, "VND/kg")),
]


# ---------------------------------------------------------------------------
# 18. Negative table: no quantity at all (40)
# ---------------------------------------------------------------------------
def N(id_, sentence, xfail=None):
    return C(id_, sentence, xfail=xfail)


NEGATIVE = [
    N("decree-and-date", "Ngày 21/5/2012, Chính phủ ban hành Nghị định số 45/2012/NĐ-CP về khuyến công."),
    N("dotted-date-time", "Thứ 5, 28.05.2020 | 10:10:03"),
    N("slash-date-time", "Thứ 4, 08/04/2015 | 10:07:20"),
    N("clock", "Hội nghị khai mạc lúc 09:15 sáng nay tại trụ sở UBND tỉnh."),
    N("year", "Năm 2020, tình hình sản xuất kinh doanh gặp nhiều khó khăn."),
    N("year-range", "Giai đoạn 2011 - 2015, ngành công nghiệp phát triển ổn định."),
    N("n-nam-qua", "5 năm qua, tỉnh đã tập trung cải cách thủ tục hành chính."),
    N("sau-10-nam-thuc-hien", "Sau 10 năm thực hiện, chương trình đã mang lại hiệu quả rõ rệt."),
    N("covid", "Dịch Covid-19 ảnh hưởng nặng nề đến ngành du lịch."),
    N("nq-04", "Sau 5 năm (2006 – 2010) thực hiện NQ 04, ngành công nghiệp đạt kết quả khá tốt."),
    N("quyet-dinh", "UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND phê duyệt quy hoạch."),
    N("xi-nghiep-may-10", "Xí nghiệp may 10 Hưng Hà vừa khánh thành nhà xưởng mới."),
    N("lan-thu-roman", "Đại hội Đảng bộ tỉnh lần thứ XX thành công tốt đẹp."),
    N("khoa-roman", "Nghị quyết của BCH Đảng bộ tỉnh khóa XVII đã đi vào cuộc sống."),
    N("quy-roman-alone", "Trong quý III, hoạt động xuất khẩu có dấu hiệu phục hồi."),
    N("view-counter", "Chia sẻ bài viết | 913 lượt xem"),
    N("view-counter-comma", "Bản in | 7,357 lượt xem"),
    N("hotel-stars", "Thành phố vừa đưa vào hoạt động khách sạn 4 sao đầu tiên."),
    N("kv-grade", "Tổng công ty điện lực đóng điện đường dây 110 kV Phù Cát."),
    N("month-year", "Trong tháng 10/2023, thời tiết thuận lợi cho sản xuất."),
    N("quarter-year", "Trong quý I/2024, tình hình kinh tế tiếp tục khởi sắc."),
    N("six-months", "6 tháng đầu năm 2023, hoạt động thương mại diễn ra sôi động."),
    N("nine-months", "Tính chung 9 tháng năm 2022, sản xuất công nghiệp tăng trưởng khá."),
    N("term-range", "Nhiệm kỳ 2020-2025, tỉnh đề ra nhiều đột phá chiến lược."),
    N("school-year", "Năm học 2023-2024, ngành giáo dục tiếp tục đổi mới."),
    N("plant-name-number", "Nhà máy điện gió Phương Mai 3 đã được đóng điện."),
    N("ward-name-number", "Phường Đông Hải 2 hoàn thành chỉ tiêu thu thuế."),
    N("dai-hoi-xiii", "Nghị quyết Đại hội XIII của Đảng xác định nhiều nhiệm vụ quan trọng."),
    N("thong-tu", "Thông tư 15/2022/TT-BTC hướng dẫn quản lý tài chính."),
    N("fuel-grade", "Giá xăng RON 95 được giữ ổn định trong kỳ điều hành."),
    N("gold-purity", "Giá vàng 99,99 trong nước biến động mạnh."),
    N("ocop-stars", "Sản phẩm nước mắm của hợp tác xã được công nhận đạt 4 sao."),
    N("holiday-dates", "Dịp lễ 30/4 – 1/5, lượng khách đến tỉnh tăng mạnh."),
    N("deposit-term", "Lãi suất tiền gửi kỳ hạn dưới 6 tháng được giữ nguyên."),
    N("superlative-duration", "Giá lúa đang ở mức cao nhất trong hơn 10 năm trở lại đây."),
    N("plan-horizon", "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt."),
    N("date-range", "Chương trình khuyến mại diễn ra từ ngày 16/1 - 15/2/2025."),
    N("crop-season-years", "Vụ Đông Xuân 2022 – 2023, nông dân gặp nhiều thuận lợi."),
    N("two-provinces-named", "Quốc hội thông qua nghị quyết hợp nhất hai tỉnh Hưng Yên và Thái Bình."),
    N("update-stamp", "Cập nhật lúc 14:30 ngày 05/12/2023"),
    # issue 14: what must stay a non-quantity, and forms whose value the language leaves open
    N("nam-2024", "Năm 2024, kinh tế của tỉnh tiếp tục phục hồi."),
    N("nghi-dinh-15", "Theo Nghị định 15, doanh nghiệp được gia hạn nộp thuế."),
    N("lan-thu-hai", "Đây là lần thứ hai doanh nghiệp được vinh danh."),
    N("nam-nay", "Năm nay, một số doanh nghiệp gặp khó khăn."),
    N("mot-so", "Một số doanh nghiệp đã tạm dừng hoạt động."),
    N("trong-nam", "Trong năm doanh nghiệp đã nộp đủ thuế."),
    N("thang-ba", "Trong tháng ba doanh nghiệp đăng ký mới tăng mạnh."),
    N("hai-muoi-nam", "Hai mươi năm qua, tỉnh đã thay đổi mạnh mẽ."),
    N("years-not-amount", "Làng nghề có lịch sử hơn hai nghìn năm."),
    N("ambiguous-words", "Mỗi hộ được hỗ trợ hai triệu năm trăm đồng."),
    N("ambiguous-digits", "Giá mỗi chỉ vàng nhẫn khoảng 6 triệu 5."),
    N("ambiguous-hundred", "Toàn tỉnh có một trăm hai dự án."),
    N("display-4k", "Màn hình 4K được bán với số lượng lớn."),
    N("exchange-rate-code", "Tỷ giá USD 24.150 được giữ ổn định."),
    N("name-ba-vi", "Huyện Ba Vì đẩy mạnh phát triển du lịch."),
]


@pytest.mark.parametrize("sentence,expected", THOUSANDS_DECIMAL)
def test_thousands_and_decimal_comma(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", PLAIN_GLUED)
def test_plain_leading_zero_and_glued(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", SIGNED)
def test_signed_in_parentheses(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", SCALE_WORDS)
def test_scale_words(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", MONEY)
def test_money(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", PERCENT)
def test_percent(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", AREA_MASS)
def test_area_and_mass(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", VOLUME_ENERGY)
def test_volume_energy_capacity(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", COUNTS)
def test_counts(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", COMPOUND)
def test_compound_rates(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", RANGES_QUALIFIERS)
def test_ranges_and_qualifiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", NUMBER_WORDS)
def test_number_words(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", MULTIPLES)
def test_multiples(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", COMPOUND_AMOUNTS)
def test_compound_amounts(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", COMPOSED_WORDS)
def test_composed_number_words(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", TWO_ENDED_RANGES)
def test_two_ended_ranges(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", CURRENCY_SIGNS)
def test_currency_signs_and_codes(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence,expected", NEGATIVE)
def test_no_quantity(sentence, expected):
    assert [f.quantity.text for f in EX.extract(sentence)] == expected
