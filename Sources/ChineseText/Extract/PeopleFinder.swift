import Foundation

/// Officials named with their positions (市委常委、统战部长张某某; 市委常委甲、乙、丙).
struct PeopleFinder {
    struct Mention {
        let offset: Int
        let name: String
        let position: String
    }

    /// Titles by their first UTF-16 unit, in table order (longest first), for a one-pass scan.
    private static let titlesByFirstUnit: [UInt16: [[UInt16]]] = {
        var table: [UInt16: [[UInt16]]] = [:]
        for title in TextTables.positionTitles { table[title.utf16.first!, default: []].append(Array(title.utf16)) }
        return table
    }()
    private static let titleFirstUnits = CodeUnitSet(units: TextTables.positionTitles.map { $0.utf16.first! })
    private static let titleAtEnd = Pattern(
        "(?:" + TextTables.positionTitles.joined(separator: "|") + ")$",
        requiringOneOf: TextTables.positionTitles)
    private static let leadIn = Pattern(
        "^(?:" + TextTables.positionLeadIns.joined(separator: "|") + ")",
        requiringOneOf: TextTables.positionLeadIns)
    private static let nonParticipant = LiteralSet(TextTables.nonParticipantPositions)
    private static let positionDelimiters = CodeUnitSet(",。;:!?\n ()")
    private static let nameBoundaries = CodeUnitSet(",、。;:(\n ")
    private static let followers = TextTables.nameFollowers.map { Array($0.utf16) }
    private static let twoCharacterFollowers = Set(TextTables.nameFollowers.filter { $0.count == 2 })
    private static let notNames: Set<String> = ["领导", "同志", "负责", "干部", "成员", "代表", "部门", "单位", "工作", "会议"]
    private static let nonInitial = CodeUnitSet(TextTables.nonInitialCharacters)
    private static let nonFinal = CodeUnitSet(TextTables.nonFinalCharacters)
    private static let compoundSurnames = TextTables.compoundSurnames.map { Array($0.utf16) }
    private static let nameFinalFollowers = CodeUnitSet(TextTables.nameFinalFollowers)
    private static let dots = CodeUnitSet("·•")

    /// Every mention, in text order.
    static func mentions(in body: UTF16Text) -> [Mention] {
        let units = body.units
        var found: [Mention] = []
        var lastNameEnd = 0
        for (titleStart, titleEnd) in titleSpans(in: units) {
            // 甲、乙、丙等县领导: names listed before the title share it.
            if let listed = namesListed(beforeTitle: titleStart, end: titleEnd, after: lastNameEnd, in: units) {
                let position = UTF16Text.string(units[listed.positionStart..<titleEnd])
                found += listed.names.map { Mention(offset: $0.offset, name: $0.name, position: position) }
                lastNameEnd = titleEnd
                continue
            }
            let nameStart = titleEnd
            guard let name = name(at: nameStart, in: units) else { continue }
            // A position starts after the previous name (县长甲、县委副书记乙: 乙 is 县委副书记).
            var start = titleStart
            while start > lastNameEnd, !positionDelimiters.contains(units[start - 1]) { start -= 1 }
            if start == lastNameEnd, start < titleStart, units[start] == 0x3001 { start += 1 }
            // The run stops at spaces (a delimiter), so the position needs no trimming.
            let position = leadIn.replacing(in: afterLastVerb(UTF16Text.string(units[start..<titleEnd])), with: "")
            guard !nonParticipant.occurs(in: position) else { continue }
            found.append(Mention(offset: nameStart, name: name, position: position))
            // 市委常委甲、乙、丙: the position belongs to each name of the list.
            var cursor = nameStart + name.utf16.count
            // Reports also separate such a list with commas (副县长甲,乙,丙), but a comma may
            // also start the next person's position, so a name after one must not open with a title.
            while cursor < units.count,
                units[cursor] == 0x3001 || units[cursor] == comma && !opensWithTitle(cursor + 1, units),
                let next = self.name(at: cursor + 1, in: units)
            {
                found.append(Mention(offset: cursor + 1, name: next, position: position))
                cursor += 1 + next.utf16.count
            }
            lastNameEnd = cursor
        }
        // 甲、乙等县四套班子有关领导: a list before a longer phrase ending in 领导, which no
        // title covers.
        let listed = Set(found.map(\.offset))
        for end in UTF16Search.occurrences(of: leaders, in: units).map({ $0 + leaders.count }) {
            guard let list = namesListed(beforeTitle: end - leaders.count, end: end, after: 0, in: units) else {
                continue
            }
            let position = UTF16Text.string(units[list.positionStart..<end])
            found += list.names.filter { !listed.contains($0.offset) }.map {
                Mention(offset: $0.offset, name: $0.name, position: position)
            }
        }
        return found.sorted { $0.offset < $1.offset }
    }

    private static let comma = UInt16(UInt8(ascii: ",")), enumerationComma = UInt16(0x3001), deng = UInt16(0x7B49)  // 等
    private static let listBoundaries = CodeUnitSet(",。;:\n ")
    private static let verbs = (TextTables.roleVerbs.map(\.verb) + TextTables.speechVerbs).map { Array($0.utf16) }

    private static func opensWithTitle(_ index: Int, _ units: [UInt16]) -> Bool {
        index < units.count && title(at: index, in: units) != nil
    }

    /// The length of the title standing at `index`, the first of the table that fits (the
    /// table lists longer titles first).
    private static func title(at index: Int, in units: [UInt16]) -> Int? {
        guard titleFirstUnits.contains(units[index]), let candidates = titlesByFirstUnit[units[index]] else {
            return nil
        }
        return candidates.first(where: { UTF16Search.matches($0, in: units, at: index) })?.count
    }

    /// A position run that crosses a verb (主持并讲话县委副书记, where mojibake ate the comma)
    /// starts after it.
    private static func afterLastVerb(_ run: String) -> String {
        let units = Array(run.utf16)
        let cut = verbs.compactMap { verb in
            UTF16Search.lastOccurrence(of: verb, in: units, from: 0, to: units.count).map { $0 + verb.count }
        }.max()
        guard let cut, cut < units.count else { return run }
        return UTF16Text.string(units[cut...])
    }

    /// The names of `甲、乙、丙等` before a title ending in 领导 (等县领导, 等县四套班子有关领导),
    /// each a whole name, and where their shared position starts (after 等); nil unless every
    /// item of the list is a name.
    private static func namesListed(
        beforeTitle titleStart: Int, end titleEnd: Int, after floor: Int, in units: [UInt16]
    )
        -> (names: [(offset: Int, name: String)], positionStart: Int)?
    {
        guard titleEnd - leaders.count >= 0, UTF16Search.matches(leaders, in: units, at: titleEnd - leaders.count)
        else { return nil }
        var dengIndex = titleStart - 1
        while dengIndex > floor, titleStart - dengIndex <= positionReach, units[dengIndex] != deng {
            if listBoundaries.contains(units[dengIndex]) || units[dengIndex] == enumerationComma { return nil }
            dengIndex -= 1
        }
        guard dengIndex > floor + 1, units[dengIndex] == deng else { return nil }
        var start = dengIndex
        while start > floor, !listBoundaries.contains(units[start - 1]) { start -= 1 }
        var names: [(offset: Int, name: String)] = []
        var cursor = start
        while cursor < dengIndex {
            guard let name = name(at: cursor, in: units) else { return nil }
            names.append((offset: cursor, name: name))
            cursor += name.utf16.count
            guard cursor < dengIndex else { break }
            guard units[cursor] == enumerationComma else { return nil }
            cursor += 1
        }
        return names.count >= 2 ? (names, dengIndex + 1) : nil
    }

    /// How far before a title ending in 领导 its 等 may stand (等县四套班子有关领导).
    private static let positionReach = 12
    private static let leaders = Array("领导".utf16)

    /// Where position titles stand, scanning left to right; at each place the first title of
    /// the table that fits wins (the table lists longer titles first).
    private static func titleSpans(in units: [UInt16]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var index = 0
        while index < units.count {
            if let length = title(at: index, in: units) {
                spans.append((index, index + length))
                index += length
            } else {
                index += 1
            }
        }
        return spans
    }

    /// A name starting at `index`, ended by punctuation or a follower word: two or three
    /// characters, four after a two-character surname (欧阳某某). A third character that could
    /// be a follower (于, 和) belongs to the name when punctuation comes right after it.
    private static func name(at index: Int, in units: [UInt16]) -> String? {
        guard index < units.count, !nonInitial.contains(units[index]) else { return nil }
        if let transcribed = transcribedName(at: index, in: units) { return transcribed }
        let compound = compoundSurnames.contains { UTF16Search.matches($0, in: units, at: index) }
        var lengths = compound ? [3, 4] : [2, 3]
        if !compound, index + 2 < units.count, nameFinalFollowers.contains(units[index + 2]),
            isBoundary(at: index + 3, in: units)
        {
            lengths = [3, 2]
        }
        for length in lengths {
            guard index + length <= units.count else { continue }
            let candidate = units[index..<(index + length)]
            guard candidate.allSatisfy(\.isHanUnit), isBoundary(at: index + length, in: units) else { continue }
            if nonFinal.contains(candidate.last!) { continue }
            let name = UTF16Text.string(candidate)
            if titleAtEnd.contains(name) || notNames.contains(name) { return nil }
            if twoCharacterFollowers.contains(String(name.prefix(2))) { return nil }
            return name
        }
        return nil
    }

    /// A name transcribed from another language, its parts joined by a dot (某某·某某某).
    private static func transcribedName(at index: Int, in units: [UInt16]) -> String? {
        var end = index
        while end < units.count, end - index < 16, units[end].isHanUnit || dots.contains(units[end]) { end += 1 }
        let candidate = units[index..<end]
        let dots = Self.dots
        guard candidate.contains(where: { dots.contains($0) }), !dots.contains(candidate.last!), end - index >= 4,
            isBoundary(at: end, in: units)
        else { return nil }
        return UTF16Text.string(candidate)
    }

    private static func isBoundary(at index: Int, in units: [UInt16]) -> Bool {
        guard index < units.count else { return true }
        if nameBoundaries.contains(units[index]) { return true }
        return followers.contains { follower in
            index + follower.count <= units.count && units[index..<(index + follower.count)].elementsEqual(follower)
        }
    }
}
