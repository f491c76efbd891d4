import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

describe("the breakdown rule", () => {
  it("flags marked parts that exceed their total, with unit words of any kind (issue #17, shape 3)", () => {
    expect(
      alarms(
        "Ngân hàng chính sách đã giải ngân cho 3.605 hộ vay vốn; trong đó, có 2.148 hộ vay giải quyết việc làm và 1.475 hộ vay nước sạch nông thôn.",
      ),
    ).toEqual([
      "TOTAL_EXCEEDED «3.605 hộ vay vốn; trong đó, có 2.148 hộ vay giải quyết việc làm và 1.475 hộ»",
    ]);
  });

  it("reads past a change of the total before its marker and a change of each part", () => {
    const text =
      "Tổng số việc thụ lý là 9.400 việc, tăng 400 việc (tăng 4,44%), trong đó: số cũ chuyển sang là 3.100 việc; số thụ lý mới là 6.300 việc, tăng 120 việc (tăng 1,94%).";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=9.400 part=3.100 part=6.300]"]);
  });

  it("treats parts whose labels cover the whole as all of it", () => {
    // "có điều kiện" and "chưa có điều kiện" leave nothing out: a shortfall is an error.
    expect(
      alarms(
        "Tổng số việc phải thi hành là 2.500 việc, trong đó: số việc có điều kiện thi hành là 1.700 việc; số việc chưa có điều kiện thi hành là 700 việc.",
      ),
    ).toHaveLength(1);
  });

  it("warns when a partial list falls short by a swap of two digits of its total", () => {
    expect(
      alarms(
        "Toàn huyện có 1.632 học sinh bỏ học, trong đó tiểu học 98 học sinh, THCS 1.262 học sinh, THPT 263 học sinh.",
      ),
    ).toEqual([
      "TOTAL_TRANSPOSED «1.632 học sinh bỏ học, trong đó tiểu học 98 học sinh, THCS 1.262 học sinh, THPT 263 học sinh»",
    ]);
  });

  it("reads a list given one part per line", () => {
    const text = [
      "Tổng số giường bệnh: 960, trong đó:",
      "- Bệnh viện: 800 giường",
      "- Trung tâm y tế: 110 giường",
      "- Trạm y tế: 50 giường",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=960 part=800 part=110 part=50]",
    ]);
  });

  it("takes the first parts of a list whose end is unsure when they add up, or a keystroke away", () => {
    const text =
      "Năm 2024 chi cục thụ lý 4.372 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157 việc (tăng 4,1% so với năm 2023); đã thi hành xong 2.940 việc.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=4.372 part=1.215 part=3.157]"]);
    expect(alarms(text.replace("4.372 việc", "4.732 việc"))).toEqual([
      "TOTAL_TRANSPOSED «4.732 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157»",
    ]);
    expect(alarms(text.replace("4.372 việc", "4.327 việc"))).toEqual([
      "TOTAL_EXCEEDED «4.327 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157»",
    ]);
    // One digit typed wrong is a slip too: past the parts' sum it is an error.
    expect(alarms(text.replace("4.372 việc", "4.371 việc"))).toEqual([
      "TOTAL_EXCEEDED «4.371 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157»",
    ]);
    // A difference that no keystroke explains may be the unnamed rest: nothing is said.
    expect(alarms(text.replace("4.372 việc", "4.390 việc"))).toEqual([]);
  });

  it("reads a sentence that opens with a marker as the parts of a total of the sentence before", () => {
    const text =
      "Trong năm, bộ phận một cửa của thị trấn nhận 7.240 hồ sơ các loại. Trong đó, có 2.950 hồ sơ nộp trực tuyến (chiếm 40,7%, chưa kể hồ sơ liên thông); 3.870 hồ sơ nộp trực tiếp; 420 hồ sơ của năm trước chuyển sang; đã trả kết quả 6.100 hồ sơ.";
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=7.240 part=2.950 part=3.870 part=420]",
    ]);
    expect(alarms(text.replace("7.240 hồ sơ", "7.204 hồ sơ"))).toContain(
      "TOTAL_EXCEEDED «7.204 hồ sơ»",
    );
    // Nothing ties the parts to the total but their kind: a gap no swap explains says nothing.
    expect(claimsOf(text.replace("7.240 hồ sơ", "7.300 hồ sơ"), "breakdown")).toEqual([]);
  });

  it("reads items marked alike after a marker, the first on the marker's line", () => {
    const text = [
      "- Diện tích đất trồng cây hằng năm: 1.245,60 ha:",
      "Trong đó: + Đất trồng lúa: 980,30 ha.",
      "+ Đất trồng màu: 265,30 ha.",
      "- Đất nuôi trồng thủy sản: 58,20 ha.",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=1.245,60 part=980,30 part=265,30]",
    ]);
    // Two digits swapped across the decimal comma, or into its trailing zero, are a slip too.
    expect(alarms(text.replace("1.245,60", "1.245,06"))).toHaveLength(1);
    expect(alarms(text.replace("1.245,60", "1.246,50"))).toHaveLength(1);
  });

  it("skips a share or change noted on a part after a comma", () => {
    const text =
      "Giá trị sản xuất ngành thủy sản đạt 318,4 tỷ đồng, trong đó: nuôi trồng 204,5 tỷ đồng, chiếm 64,2%; khai thác 113,9 tỷ đồng, tăng 2,1%.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=318,4 part=204,5 part=113,9]"]);
  });

  it("reads past a change of the total against a period, and parts named with their verb", () => {
    const text =
      "Sản lượng chè búp tươi đạt 412,6 nghìn tấn, tăng 9,4 nghìn tấn so với năm 2022, trong đó: sản lượng chè vùng cao đạt 268,9 nghìn tấn; sản lượng chè vùng thấp đạt 143,7 nghìn tấn; có 5/7 xã vượt kế hoạch.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=412,6 part=268,9 part=143,7]"]);
    expect(alarms(text.replace("412,6", "416,2"))).toEqual([
      "TOTAL_TRANSPOSED «416,2 nghìn tấn, tăng 9,4 nghìn tấn so với năm 2022, trong đó: sản lượng chè vùng cao đạt 268,9 nghìn tấn; sản lượng chè vùng thấp đạt 143,7 nghìn tấn»",
    ]);
  });

  it("holds a partial list whose last part names the rest to its total", () => {
    const text = [
      "Tổng số cán bộ y tế: 1.286 người, trong đó:",
      "- Bác sĩ: 402 người",
      "- Điều dưỡng: 611 người",
      "- Nhân viên khác: 273 người",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=1.286 part=402 part=611 part=273]",
    ]);
    // "khác" leaves nothing unnamed: a total above the sum is an error, not a partial list.
    expect(alarms(text.replace("1.286", "1.289"))).toEqual(["TOTAL_SHORT «1.289 người»"]);
    expect(alarms(text.replace("Nhân viên khác", "Hộ sinh"))).toEqual([]);
    expect(alarms(text.replace("Nhân viên khác", "Hộ sinh").replace("1.286", "1.289"))).toEqual([]);
  });

  it("ends a line list at the complements that cover its total; the lines after divide the last", () => {
    const text = [
      "- Tổng số việc phải thi hành: 1.460 việc, trong đó:",
      "+ Số việc chưa có điều kiện thi hành: 385 việc;",
      "+ Số việc có điều kiện thi hành: 1.075 việc;",
      "+ Đã thi hành xong: 712 việc;",
      "+ Đang thi hành: 363 việc.",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=1.460 part=385 part=1.075 part=712 part=363]",
    ]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("1.460", "1.406"))).toHaveLength(1);
    // The outcomes are claimed only when they add up to the cases they divide, or a swap away.
    expect(alarms(text.replace("1.075 việc", "1.057 việc"))).toHaveLength(2);
    expect(alarms(text.replace("712 việc", "700 việc"))).toEqual([]);
  });

  it("takes a noun said in full or short as one kind", () => {
    const text =
      "Đội kiểm tra đã lập biên bản 27 vụ việc, gồm 19 vụ buôn lậu và 8 vụ gian lận thương mại.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=27 part=19 part=8]"]);
    expect(alarms(text.replace("27 vụ việc", "72 vụ việc"))).toHaveLength(1);
  });

  it("reads lines after a lone marker as parts of each kind the lines count", () => {
    const text = [
      "- Dân cư: 1.215 hộ, 4.830 người.",
      "- Thị trấn có 3 khu phố với 36 tổ dân phố. Cụ thể:",
      "+ Khu phố Đông: 512 hộ, 2.040 người, chia thành 15 tổ.",
      "+ Khu phố Tây: 418 hộ, 1.655 người, chia thành 12 tổ.",
      "+ Khu phố Nam: 285 hộ, 1.135 người, chia thành 9 tổ.",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=1.215 part=512 part=418 part=285]",
      "consistent [total=4.830 part=2.040 part=1.655 part=1.135]",
      "consistent [total=36 part=15 part=12 part=9]",
    ]);
    expect(alarms(text.replace("36 tổ", "63 tổ"))).toHaveLength(1);
    expect(alarms(text.replace("1.215 hộ", "1.251 hộ"))).toHaveLength(1);
    // A figure that no sum of the lines comes near is something else: nothing is said.
    expect(claimsOf(text.replace("36 tổ", "40 tổ"), "breakdown")).toHaveLength(2);
  });

  it("divides the counted figure of a fraction, not its whole", () => {
    const text =
      "Cuối năm có 38/40 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành tốt nhiệm vụ 29 chi bộ, hoàn thành nhiệm vụ 9 chi bộ.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=38 part=29 part=9]"]);
    expect(alarms(text.replace("38/40", "33/40"))).toEqual([
      "TOTAL_EXCEEDED «33/40 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành tốt nhiệm vụ 29 chi bộ, hoàn thành nhiệm vụ 9 chi bộ»",
    ]);
  });

  it("reads pairs of counts of two things as two lists, one per side", () => {
    const text =
      "Viện kiểm sát đã giải quyết 48 vụ/77 bị can; trong đó: truy tố 45 vụ/72 bị can; đình chỉ 03 vụ/05 bị can.";
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=48 part=45 part=03]",
      "consistent [total=77 part=72 part=05]",
    ]);
    expect(alarms(text.replace("77 bị can;", "71 bị can;"))).toEqual([
      "TOTAL_EXCEEDED «71 bị can; trong đó: truy tố 45 vụ/72 bị can; đình chỉ 03 vụ/05»",
    ]);
  });

  it("ends a list joined by commas at the semicolon after its last part", () => {
    const text =
      "Đội tiếp nhận 36 tin báo, trong đó làm rõ 29 tin, hiện đang xác minh 7 tin; tăng cường tuần tra ở các xã.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=36 part=29 part=7]"]);
    expect(alarms(text.replace("xác minh 7 tin", "xác minh 9 tin"))).toEqual([
      "TOTAL_EXCEEDED «36 tin báo, trong đó làm rõ 29 tin, hiện đang xác minh 9 tin»",
    ]);
    // Parts joined by semicolons: the semicolon is theirs, and the list's end stays unsure.
    const semi =
      "Đội tiếp nhận 36 tin báo, trong đó: làm rõ 29 tin; hiện đang xác minh 9 tin; tăng cường tuần tra ở các xã.";
    expect(alarms(semi)).toEqual([]);
  });

  it("takes two names of one count as one kind: persons and 'nhân khẩu', pupils and 'em'", () => {
    const text =
      "Thôn Đồng Mới có 2.340 nhân khẩu, trong đó dân tộc Tày 1.905 người, dân tộc Nùng 435 người.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=2.340 part=1.905 part=435]"]);
    expect(alarms(text.replace("1.905 người", "1.950 người"))).toEqual([
      "TOTAL_EXCEEDED «2.340 nhân khẩu, trong đó dân tộc Tày 1.950 người, dân tộc Nùng 435 người»",
    ]);
    // A count of another thing is no part: households beside persons.
    expect(
      claimsOf(
        "Thôn Đồng Mới có 2.340 nhân khẩu, trong đó dân tộc Tày 1.905 hộ, dân tộc Nùng 435 hộ.",
        "breakdown",
      ),
    ).toEqual([]);
  });

  it("reads a part's bracket after the words naming what it counts", () => {
    const text =
      "Toàn trường có 930 học sinh, trong đó khối mầm non 214 em (nhà trẻ 64 học sinh, mẫu giáo 150 học sinh), khối tiểu học 716 học sinh.";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("mẫu giáo 150", "mẫu giáo 105"))).toEqual([
      "TOTAL_SHORT «930 học sinh, trong đó khối mầm non 214 em (nhà trẻ 64 học sinh, mẫu giáo 105 học sinh), khối tiểu học 716 học sinh»",
    ]);
  });

  it("reads a part whose own words run as a clause to the semicolon before the next part", () => {
    const text =
      "Năm nay xã vận động được 63 học sinh trở lại lớp, trong đó có 57 em học tại các trường tiểu học của các thôn: Bãi Sậy, Gò Mít; 6 học sinh học tại Trường THCS Tân Lập.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=63 part=57 part=6]"]);
    expect(alarms(text.replace("63 học sinh", "36 học sinh"))).toEqual([
      "TOTAL_EXCEEDED «36 học sinh trở lại lớp, trong đó có 57 em học tại các trường tiểu học của các thôn: Bãi Sậy, Gò Mít; 6 học sinh»",
    ]);
    // A figure in the part's own words ends the list there: nothing is claimed of what follows.
    expect(
      claimsOf(
        "Năm nay xã vận động được 63 học sinh trở lại lớp, trong đó có 57 em học tại 4 trường tiểu học; 9 học sinh học tại Trường THCS Tân Lập.",
        "breakdown",
      ),
    ).toEqual([]);
  });

  it("takes a part counting one of the kinds its total names", () => {
    const text =
      "Toàn xã hiện có 528 trang trại, gia trại, trong đó có 19 trang trại đạt tiêu chí của Bộ; 509 gia trại với tổng diện tích 870 ha.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=528 part=19 part=509]"]);
    expect(alarms(text.replace("528 trang", "582 trang"))).toEqual([
      "TOTAL_TRANSPOSED «582 trang trại, gia trại, trong đó có 19 trang trại đạt tiêu chí của Bộ; 509»",
    ]);
  });

  it("takes a measure written with decimals as the total of an opening list whose parts carry its unit", () => {
    const text =
      "Đất nuôi trồng thủy sản: diện tích 412,56, chiếm 8,2%. Trong đó: ao hồ 300,14 ha; đất nuôi trồng thủy sản khác 112,42 ha.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=412,56 part=300,14 part=112,42]",
    ]);
    expect(alarms(text.replace("112,42 ha", "112,43 ha"))).toEqual(["TOTAL_EXCEEDED «412,56»"]);
    // A whole number with no unit says nothing of what it counts: no total.
    expect(
      claimsOf(
        text.replace("412,56", "412").replace("300,14", "300").replace("112,42", "112"),
        "breakdown",
      ),
    ).toEqual([]);
  });

  it("ends a list at a closing 'với' clause that counts something else", () => {
    const text =
      "Trong năm, xã mở được 04 lớp gồm: 02 lớp tin học, 01 lớp may công nghiệp, 01 lớp sửa xe máy với tổng số 118 học viên.";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("04 lớp", "40 lớp"))).toEqual([
      "TOTAL_SHORT «40 lớp gồm: 02 lớp tin học, 01 lớp may công nghiệp, 01 lớp»",
    ]);
    // A "với" clause amid the parts ends nothing: the list's end stays unsure, no claim.
    expect(
      alarms("Trong năm, xã mở được 06 lớp gồm: 03 lớp tin học với 45 học viên, 02 lớp may mặc."),
    ).toEqual([]);
  });

  it("takes parts named by their own kinds after 'gồm' only when they add up, or a keystroke away", () => {
    const text =
      "Khối cơ quan có 26 tổ chức đảng, gồm 9 đảng bộ và 17 chi bộ cơ sở với 84 chi bộ trực thuộc.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=26 part=9 part=17]"]);
    expect(alarms(text.replace("26 tổ chức", "62 tổ chức"))).toHaveLength(1);
    // Other kinds that neither add up nor miss by a keystroke say nothing.
    expect(alarms("Huyện có 14 xã, gồm 96 thôn và 2 thị trấn.")).toEqual([]);
    expect(claimsOf("Huyện có 14 xã, gồm 96 thôn và 2 thị trấn.", "breakdown")).toEqual([]);
  });

  it("takes parts of their own kind in a bracket after the total only when they add up, or a keystroke away", () => {
    const text = "Năm nay có 34 đoàn đông người (vụ việc cũ 19 vụ, vụ việc mới 15 vụ).";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=34 part=19 part=15]"]);
    expect(alarms(text.replace("34 đoàn", "43 đoàn"))).toHaveLength(1);
    expect(claimsOf(text.replace("34 đoàn", "50 đoàn"), "breakdown")).toEqual([]);
    // A total written with a leading zero, its two digits swapped: "03" for 30.
    const zero = "Năm nay có 30 đoàn đông người (vụ việc cũ 19 vụ, vụ việc mới 11 vụ).";
    expect(alarms(zero)).toEqual([]);
    expect(alarms(zero.replace("30 đoàn", "03 đoàn"))).toHaveLength(1);
    expect(alarms(zero.replace("30 đoàn", "04 đoàn"))).toEqual([]);
    // A count of groups beside a part's pupils is no part: no claim inside, no alarm outside.
    const nested =
      "Toàn xã có 1.312 học sinh, trong đó mầm non 410 em (công lập 230 học sinh, 03 nhóm tư thục 180 học sinh), tiểu học 902 học sinh.";
    expect(alarms(nested)).toEqual([]);
  });
  it("reads past a share of the total and a change before its marker (issue #17, shape 3)", () => {
    const text =
      "Diện tích rừng trồng mới năm 2020 đạt 540 ha, bằng 105,2% kế hoạch năm và tăng 8,4% so với năm trước; bao gồm 500 ha rừng sản xuất, 23 ha rừng phòng hộ và 17 ha cây dược liệu.";
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=540 part=500 part=23 part=17]",
    ]);
    expect(alarms(text.replace("23 ha", "25 ha"))).toEqual([
      "TOTAL_EXCEEDED «540 ha, bằng 105,2% kế hoạch năm và tăng 8,4% so với năm trước; bao gồm 500 ha rừng sản xuất, 25 ha rừng phòng hộ và 17 ha»",
    ]);
  });

  it("follows list items the page wrapped onto lines of their own", () => {
    const text =
      "Đất trồng trọt: Diện tích 812,40 ha chiếm 71,2% đất nông nghiệp, gồm:\n+ Đất trồng rau màu: Diện tích 302,15, chiếm\n37,19% . Rau ăn lá chiếm phần lớn diện\ntích của xã.\n+ Đất trồng cây ăn quả: Diện tích 510,25 ha,\nchiếm 62,81% đất trồng trọt với\ncác loại cây chính như bưởi, cam.\n";
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=812,40 part=302,15 part=510,25]",
    ]);
    expect(alarms(text.replace("510,25", "510,52"))).toContain("TOTAL_EXCEEDED «812,40 ha»");
  });
});
