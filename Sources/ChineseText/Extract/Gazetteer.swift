/// Prefecture- and county-level place names, to recognise the region a meeting belongs to.
///
/// A name is strong evidence of a place where the text writes it in full with its suffix
/// (阜宁县, 长阳县) or as a host body (阜宁召开, 阜宁县委, 沛县人民政府). A short form alone
/// (到阜宁调研) is weak evidence, and none at all when it is also an everyday word (同心圆,
/// 公安局, 和平发展: marked in the data) or when it stands inside an outlet's or a site's name
/// (某某日报, 今日某某, 欢迎访问某某).
struct Gazetteer: Sendable {
    /// One place named in a text.
    struct Mention: Equatable {
        /// The place as reports name it, with its suffix (长阳县 for 长阳土家族自治县).
        let place: String
        let strong: Bool
    }

    private struct Form {
        /// The place's name with its suffix, as reports write it.
        let place: String
        /// A short form or a two-character name (沛县, 滑县) is strong evidence only as a host body.
        let isShort: Bool
        /// The short form is also an everyday word: no evidence unless it is a host body.
        let isEveryday: Bool
    }

    private var forms: [String: Form] = [:]
    /// Names (with suffix) of prefecture-level places.
    private var prefectures: Set<String> = []
    /// The longest form starting with each pair of UTF-16 units: most positions of a text
    /// start no place name at all and are skipped after one lookup.
    private var longestStartingWith: [UInt32: Int] = [:]
    /// A bitmap over hashed unit pairs, set for every pair in `longestStartingWith`: a clear
    /// bit skips the dictionary lookup (and its hashing) at most positions of a text.
    private var pairFilter = [UInt64](repeating: 0, count: 1 << 14)

    /// Districts are matched by full name only, since their short forms (和平, 新华, 江北)
    /// are common words; two-character district names (城区, 郊区) are left out entirely.
    init() {
        for line in Gazetteer.data.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { continue }
            let name = String(parts[0])
            let everyday = parts.count == 3
            guard name.count >= 3 || (name.count == 2 && !name.hasSuffix("区")) else { continue }
            if parts[1] == "c" { prefectures.insert(name) }
            add(name, Form(place: name, isShort: name.count == 2, isEveryday: everyday && name.count == 2))
            guard let last = name.last, "市县".contains(last), name.count >= 3 else { continue }
            if name.hasSuffix("自治县") {
                // Reports write 长阳县 for 长阳土家族自治县: the place's first two characters.
                let usual = String(name.prefix(2)) + "县"
                add(usual, Form(place: usual, isShort: false, isEveryday: false))
                add(String(name.prefix(2)), Form(place: usual, isShort: true, isEveryday: everyday))
            } else {
                add(String(name.dropLast()), Form(place: name, isShort: true, isEveryday: everyday))
            }
        }
    }

    private mutating func add(_ form: String, _ entry: Form) {
        // A prefecture's short form wins over a county's (宜春 is the city, not a county).
        if let known = forms[form], !prefectures.contains(entry.place) || prefectures.contains(known.place) { return }
        forms[form] = entry
        let units = Array(form.utf16)
        let key = UInt32(units[0]) << 16 | UInt32(units[1])
        longestStartingWith[key] = max(longestStartingWith[key] ?? 0, units.count)
        let bit = Self.filterBit(key)
        pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The filter bit of a unit pair: the top 20 bits of a multiplicative hash.
    @inline(__always)
    private static func filterBit(_ key: UInt32) -> Int { Int((key &* 2_654_435_761) >> 12) }

    func isPrefecture(_ place: String) -> Bool { prefectures.contains(place) }

    /// Every place the text names as a place, in text order, longest form first at each position.
    func mentions(in units: [UInt16]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index + 1 < units.count {
            var matched = 0
            let key = UInt32(units[index]) << 16 | UInt32(units[index + 1])
            let bit = Self.filterBit(key)
            if pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let longest = longestStartingWith[key] {
                for length in stride(from: min(longest, units.count - index), through: 2, by: -1) {
                    guard let form = forms[UTF16Text.string(units[index..<(index + length)])] else { continue }
                    matched = length
                    if let mention = mention(of: form, in: units, from: index, to: index + length) {
                        found.append(mention)
                    }
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }

    /// What a form found at `from..<to` is evidence of, by the words around it.
    private func mention(of form: Form, in units: [UInt16], from: Int, to end: Int) -> Mention? {
        let inOutlet =
            Self.outletSuffixes.contains { UTF16Search.matches($0, in: units, at: end) }
            || Self.outletPrefixes.contains {
                from >= $0.count && UTF16Search.matches($0, in: units, at: from - $0.count)
            }
        guard !inOutlet else { return nil }
        // 省委和县委, 党委和政府: a name opening with a conjunction reads as one only
        // where a clause starts.
        let opensClause = from == 0 || !units[from - 1].isHanUnit
        if Self.conjunctions.contains(units[from]), !opensClause { return nil }
        guard form.isShort else { return Mention(place: form.place, strong: true) }
        if Self.hostWords.contains(where: { UTF16Search.matches($0, in: units, at: end) }) {
            return Mention(place: form.place, strong: true)
        }
        // 乡镇和县直单位, 推进县域: the 县 belongs to the next word.
        if form.place.count == 2, end < units.count, Self.countyCompounds.contains(units[end]) { return nil }
        // A two-character name opening a clause (沛县召开 is hosted; ,沛县2024年…) is a place.
        if form.place.count == 2, opensClause { return Mention(place: form.place, strong: true) }
        return form.isEveryday ? nil : Mention(place: form.place, strong: false)
    }

    /// Words after a short form that make it a host body: 阜宁召开, 阜宁县委, 沛县人民政府.
    private static let hostWords = ["委", "政府", "人民政府", "人大", "政协", "召开", "举行", "举办", "统战部", "党委"]
        .map { Array($0.utf16) }
    private static let conjunctions = CodeUnitSet("和与及并或同")
    /// Characters that make a word with 县 (县直, 县级, 县域, 县城, 代县长 …).
    private static let countyCompounds = CodeUnitSet("直级域区乡里城长")
    private static let outletSuffixes = [
        "日报", "晚报", "电视台", "广播电视台", "新闻网", "网", "人民政府网", "政府网", "新闻", "发布", "融媒", "在线", "之窗", "讯",
    ]
    .map { Array($0.utf16) }
    private static let outletPrefixes = ["今日", "中国", "欢迎访问"].map { Array($0.utf16) }
}
