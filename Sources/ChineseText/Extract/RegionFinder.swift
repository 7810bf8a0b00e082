/// The city or county that held the meeting.
enum RegionFinder {
    /// The first place named as a place (see ``Gazetteer``) in the meeting's name, its
    /// sentence, the headline or the participants' positions, in that order (a county before the
    /// city it belongs to within one of them); else the place the
    /// body names most often as a place (a prefecture before a county on a tie); else the
    /// place the body names most often by a short form alone; nil when the text names none.
    static func find(
        meetingName: String?, meetingSentence: String?, title: String?, positions: [String], names: [String],
        body: UTF16Text, gazetteer: Gazetteer, reasons: Reasons?
    ) -> String? {
        let sources = [
            ("会议名称", meetingName), ("会议句", meetingSentence), ("标题", title),
            ("职务", positions.isEmpty ? nil : positions.joined(separator: "、")),
        ]
        for case (let label, let text?) in sources {
            // A county meeting attended by the city's leaders names both: the county is the host.
            let places = gazetteer.mentions(in: Array(text.utf16)).filter(\.strong).map(\.place)
            if let place = places.first(where: { !gazetteer.isPrefecture($0) }) ?? places.first {
                reasons?.add(.region, rule: "\(label)中带行政区划名或作为主办机关的地名", from: text)
                return place
            }
        }
        var counts: [String: Int] = [:]
        for mention in gazetteer.mentions(in: masking(names, in: body)) { counts[mention.place, default: 0] += 1 }
        guard
            let place = counts.min(by: { left, right in
                (-left.value, gazetteer.isPrefecture(left.key) ? 0 : 1, left.key)
                    < (-right.value, gazetteer.isPrefecture(right.key) ? 0 : 1, right.key)
            })
        else { return nil }
        reasons?.add(.region, rule: "正文中最常出现的地名（\(place.value)次）", from: place.key)
        return place.key
    }

    /// The body with participants' names blanked out: a place's name inside a person's is no place.
    private static func masking(_ names: [String], in body: UTF16Text) -> [UInt16] {
        var units = body.units
        for name in names {
            let needle = Array(name.utf16)
            for offset in UTF16Search.occurrences(of: needle, in: units) {
                for index in offset..<(offset + needle.count) { units[index] = blank }
            }
        }
        return units
    }

    private static let blank = UInt16(0x25A1)  // □
}
