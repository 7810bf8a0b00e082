import Foundation

/// Publication and meeting dates in the forms reports use.
enum ReportDates {
    /// 2015年12月16日, 2019-04-01, 2023/4/7, 2019.03.28, 29.03.2019, 二〇一九年三月二十八日.
    static let fullDate = Pattern(#"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})"#)
    static let dayMonthYear = Pattern(#"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)"#, requiringOneOf: ["."])
    static let chineseDate = Pattern(
        #"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"#,
        requiringOneOf: ["年"])
    /// 8月2日, and as reports also write it: 8月2号, 8月2號, 2 月 5 日.
    static let monthDay = Pattern(#"(?<![\d.\-/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"#, requiringOneOf: ["月"])
    static let clock = Pattern(#"\d{1,2}:\d{2}"#, requiringOneOf: [":"])
    static let weekday = Pattern(#"星期|周[一二三四五六日天]"#, requiringOneOf: ["星期", "周"])
    /// A year mentioned in the text that may be the meeting's year (not 到2020年, 2018年以来).
    static let textYear = Pattern(#"(?<![\d到至—\-~])((?:19|20)\d{2})年(?!以来|前|底|末|年底|之前)"#)

    /// The first full date in `text` as YYYY-MM-DD.
    static func firstFullDate(in text: String) -> String? {
        if let match = fullDate.firstMatch(in: text) {
            return format(Int(match[1]!)!, Int(match[2]!)!, Int(match[3]!)!)
        }
        if let match = dayMonthYear.firstMatch(in: text) {
            return format(Int(match[3]!)!, Int(match[2]!)!, Int(match[1]!)!)
        }
        if let match = chineseDate.firstMatch(in: text) {
            let digits: [Character: Int] = [
                "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
            ]
            let year = match[1]!.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
            guard let month = ChineseNumber.value(match[2]!), let day = ChineseNumber.value(match[3]!) else {
                return nil
            }
            return format(year, month, day)
        }
        return nil
    }

    /// The publication date: a full date on a metadata line, a line with a clock or a line
    /// that is only a date (日期:2025-12-31, - 2023.03.20) in the page header; never a page
    /// clock with a weekday, never a date from the body.
    static func published(header: [(line: String, isFurniture: Bool)], reasons: Reasons? = nil) -> String? {
        for (line, isFurniture) in header where !weekday.contains(line) {
            // An image's or a link's address (![](/pic/2013-2/20/…)) is not a date line.
            let labelOnly =
                line.unicodeScalars.count { $0.value >= 0x3400 } <= 6 && !line.contains("](") && !line.contains("http")
            guard isFurniture || labelOnly || clock.contains(line) else { continue }
            if let date = firstFullDate(in: line) {
                reasons?.add(.published, rule: "正文前的发布信息行或日期行", from: line)
                return date
            }
        }
        return nil
    }

    private static let yearUnit = UInt16(0x5E74)  // 年

    /// The years `textYear` finds, tried only at a 年 after four digits: the pattern reads at
    /// most five units before it (the digits and the lookbehind) and two after it (the lookahead).
    static func textYears(in body: UTF16Text) -> [Int] {
        let units = body.units
        let isDigit = { (unit: UInt16) in unit >= 0x30 && unit <= 0x39 }
        return units.indices.filter { position in
            units[position] == yearUnit && position >= 4 && units[(position - 4)..<position].allSatisfy(isDigit)
        }.compactMap { position in
            let from = max(0, position - 5)
            let window = body.slice(from, position + 3)
            return textYear.matches(in: window).first { $0.end() == position - from + 1 }.flatMap {
                $0[1].flatMap(Int.init)
            }
        }
    }

    private static let sentenceEnds = CodeUnitSet("。\n")
    private static let month = UInt16(0x6708)  // 月
    private static let days: Set<UInt16> = [0x65E5, 0x53F7, 0x865F]  // 日 号 號
    private static let meetingWords = ["召开", "举行", "举办"].map { Array($0.utf16) }

    /// The sentence that dates the meeting when the one naming it gives no day: the first
    /// with a day and a meeting verb (召开, 举行, 举办). A day in any other sentence (会议将于
    /// 2月16日开幕, a page clock) is not the meeting's.
    static func meetingSentence(in body: UTF16Text) -> String? {
        let units = body.units
        let sentenceEnds = sentenceEnds
        var start = 0
        while start < units.count {
            var end = start
            var hasMonth = false
            var hasDay = false
            while end < units.count, !sentenceEnds.contains(units[end]) {
                if units[end] == month { hasMonth = true } else if hasMonth, days.contains(units[end]) { hasDay = true }
                end += 1
            }
            // The pattern runs only on sentences that can hold a day (a 月 before a 日 or 号).
            if hasDay {
                let sentence = UTF16Text.string(units[start..<end])
                if monthDay.contains(sentence),
                    meetingWords.contains(where: { UTF16Search.contains($0, in: units, from: start, to: end) })
                {
                    return sentence
                }
            }
            start = end + 1
        }
        return nil
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(year) + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    /// `7` → `07`. (Foundation's `String(format:)` costs microseconds a call.)
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
