/// Prefecture- and county-level place names, to recognise the region a meeting belongs to.
struct Gazetteer: Sendable {
    /// Surface form found in text → the place's full name.
    private var forms: [String: String] = [:]
    /// Full name → true for prefecture-level places.
    private var prefectureLevel: [String: Bool] = [:]
    /// The longest form starting with each pair of UTF-16 units: most positions of a text
    /// start no place name at all and are skipped after one lookup.
    private var longestStartingWith: [UInt32: Int] = [:]
    /// A bitmap over hashed unit pairs, set for every pair in `longestStartingWith`: a clear
    /// bit skips the dictionary lookup (and its hashing) at most positions of a text.
    private var pairFilter = [UInt64](repeating: 0, count: 1 << 14)
    private(set) var longestForm = 0

    /// District names that are everyday words (城区, 郊区) are only recognised in full with a
    /// qualifier, so they are left out; districts are matched by full name only, since their
    /// short forms (和平, 新华, 江北) are common words.
    init() {
        for line in Gazetteer.data.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let name = String(parts[0])
            let isCity = parts[1] == "c"
            guard name.count >= 3 || (name.count == 2 && !name.hasSuffix("区")) else { continue }
            prefectureLevel[name] = (prefectureLevel[name] ?? false) || isCity
            forms[name] = name
            longestForm = max(longestForm, name.count)
            index(name)
            if let last = name.last, "市县".contains(last), name.count >= 3, !name.hasSuffix("自治县") {
                let short = String(name.dropLast())
                // A prefecture's short form wins over a county's.
                if forms[short] == nil || isCity { forms[short] = name }
                index(short)
            }
        }
    }

    /// The full name for a surface form, if it is a place.
    func place(_ form: String) -> String? { forms[form] }

    private mutating func index(_ form: String) {
        let units = Array(form.utf16)
        guard units.count >= 2 else { return }
        let key = UInt32(units[0]) << 16 | UInt32(units[1])
        longestStartingWith[key] = max(longestStartingWith[key] ?? 0, units.count)
        let bit = Self.filterBit(key)
        pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The filter bit of a unit pair: the top 20 bits of a multiplicative hash.
    @inline(__always)
    private static func filterBit(_ key: UInt32) -> Int { Int((key &* 2_654_435_761) >> 12) }

    /// Counts place mentions in `text`, longest form first at each position.
    func count(in text: UTF16Text) -> [String: Int] {
        let units = text.units
        var counts: [String: Int] = [:]
        var index = 0
        while index + 1 < units.count {
            var matched = 0
            let key = UInt32(units[index]) << 16 | UInt32(units[index + 1])
            let bit = Self.filterBit(key)
            if pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let longest = longestStartingWith[key] {
                for length in stride(from: min(longest, units.count - index), through: 2, by: -1) {
                    if let place = forms[UTF16Text.string(units[index..<(index + length)])] {
                        // A name inside an outlet's or a site's name (某某日报, 某某网) does not count.
                        if !Self.outletSuffixes.contains(where: {
                            UTF16Search.matches($0, in: units, at: index + length)
                        }) {
                            counts[place, default: 0] += 1
                        }
                        matched = length
                        break
                    }
                }
            }
            index += max(matched, 1)
        }
        return counts
    }

    func isPrefecture(_ place: String) -> Bool { prefectureLevel[place] ?? false }

    private static let outletSuffixes = ["日报", "晚报", "电视台", "广播电视台", "新闻网", "网", "发布"].map { Array($0.utf16) }
}

/// The city or county that held the meeting.
enum RegionFinder {
    /// The end of a host body's place name: 市委, 县政府, 区人大, 市召开…
    private static let hostSuffix = Pattern(
        #"(?:市|县|区|州)(?=委|政府|人大|政协|召开|统战部)"#,
        requiringOneOf: ["委", "政府", "人大", "政协", "召开", "统战部"])

    static func find(
        meetingName: String?, meetingSentence: String?, positions: [String], body: UTF16Text,
        gazetteer: Gazetteer
    ) -> String? {
        for source in [meetingName, meetingSentence].compactMap({ $0 }) + positions {
            for match in hostSuffix.matches(in: source) {
                let end = match.end()!
                for length in stride(from: 3, through: min(end, gazetteer.longestForm), by: 1) {
                    if let place = gazetteer.place(source.utf16Slice(end - length, end)) { return place }
                }
            }
        }
        let counts = gazetteer.count(in: body)
        // Most mentions wins; on a tie a prefecture beats a county, then the name decides
        // (so the answer never depends on dictionary order).
        return counts.min { left, right in
            (-left.value, gazetteer.isPrefecture(left.key) ? 0 : 1, left.key)
                < (-right.value, gazetteer.isPrefecture(right.key) ? 0 : 1, right.key)
        }?.key
    }
}
