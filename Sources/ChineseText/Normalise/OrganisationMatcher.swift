/// Finds which of an office's units a piece of report text names: a participant's position
/// (市委常委、统战部部长) or a meeting's name (市民宗局召开…). Reports name units as people say
/// them — without the city (市委统战部 for 示范市委统战部), without the level (统战部), or by
/// their short forms (市民宗局 for 示范市民族宗教事务局) — so each unit is known by all of these.
public struct OrganisationMatcher: Sendable {
    /// Full names and their common short forms (简称), longest first where they overlap.
    static let shortForms: [(full: String, short: String)] = [
        ("统一战线工作部", "统战部"), ("民族宗教事务局", "民宗局"), ("民族宗教事务委员会", "民宗委"),
        ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展改革委", "发改委"),
        ("文化和旅游局", "文旅局"), ("文化广电和旅游局", "文广旅局"), ("人力资源和社会保障局", "人社局"),
        ("工商业联合会", "工商联"), ("归国华侨联合会", "侨联"), ("台湾同胞联谊会", "台联"),
        ("住房和城乡建设局", "住建局"), ("农业农村局", "农业农村局"), ("市场监督管理局", "市场监管局"),
        ("外事办公室", "外办"), ("台湾事务办公室", "台办"), ("侨务办公室", "侨办"), ("教育体育局", "教体局"),
        ("中国民主建国会", "民建"), ("中国民主同盟", "民盟"), ("中国民主促进会", "民进"), ("中国国民党革命委员会", "民革"),
        ("中国农工民主党", "农工党"), ("中国致公党", "致公党"), ("九三学社", "九三学社"), ("台湾民主自治同盟", "台盟"),
    ]

    /// The level words a place name ends with; what comes before one of them is the place.
    static let levels: Set<Character> = ["省", "市", "州", "盟", "县", "区", "旗"]
    /// Democratic parties' short names, which come before the place (民建示范市委会).
    static let parties = ["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"]

    private let forms: [(form: String, unit: Int, nameLength: Int)]

    /// `names`: the units' full names; a match is an index into it.
    public init(names: [String]) {
        var forms: [(form: String, unit: Int, nameLength: Int)] = []
        for (index, name) in names.enumerated() {
            for form in Self.variants(of: name) { forms.append((form, index, name.count)) }
        }
        // Longest form first (市委统战部 before 统战部); among equals the shorter full name, the
        // city's unit before a district's.
        self.forms = forms.sorted { ($1.form.count, $0.nameLength) < ($0.form.count, $1.nameLength) }
    }

    /// The unit `text` names, or nil when none, or when two units are named equally well.
    public func match(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var best: (length: Int, unit: Int, nameLength: Int)?
        var tied = false
        for entry in forms where text.contains(entry.form) {
            guard let current = best else {
                best = (entry.form.count, entry.unit, entry.nameLength)
                continue
            }
            // Only the longest form found counts; the forms come longest first.
            if entry.form.count < current.length { break }
            if entry.unit != current.unit && entry.nameLength == current.nameLength { tied = true }
        }
        return tied ? nil : best?.unit
    }

    /// The names a unit goes by: as written; from each level word on (市委统战部, 区委统战部);
    /// after it (民族宗教事务局, 统战部 for 委统战部); a party's own name with its level (民建市委会);
    /// and each of these with long words in their short forms (市民宗局).
    static func variants(of name: String) -> Set<String> {
        var names: Set<String> = [name]
        let characters = Array(name)
        // A party's own name is not a place: 民盟示范市委会 is cut after 民盟, never at its 盟.
        let party = parties.first { name.hasPrefix($0) }
        let first = max(1, party.map { $0.count + 1 } ?? 1)
        for (offset, character) in characters.enumerated() where levels.contains(character) && offset >= first {
            let fromLevel = String(characters[offset...])
            var afterLevel = String(characters[(offset + 1)...])
            if afterLevel.hasPrefix("委") && afterLevel.count > 3 { afterLevel.removeFirst() }
            if fromLevel.count >= 4 { names.insert(fromLevel) }
            if afterLevel.count >= 2 && !afterLevel.hasPrefix("委") { names.insert(afterLevel) }
            if let party {
                names.insert(party)
                names.insert(party + fromLevel)
            }
        }
        for form in names {
            for (full, short) in shortForms where form.contains(full) {
                names.insert(form.replacingOccurrences(of: full, with: short))
            }
        }
        return names
    }
}
