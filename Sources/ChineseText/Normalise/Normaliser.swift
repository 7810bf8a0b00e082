import Foundation

/// Cleans what real scrapes contain, without inventing anything: characters lost to
/// mojibake stay visible as they are.
enum Normaliser {
    /// Removes romanisation glued to characters (see ``Romanisation``).
    static func removingPinyin(_ text: String) -> String {
        guard mayHoldPinyin(text) else { return text }
        return Romanisation.removing(from: UTF16Text(text).units)
    }

    /// A quick test on the bytes that lets most texts skip the scan: romanisation needs an
    /// opening bracket or a `?` followed directly by a Latin letter (ASCII, or the two-byte
    /// forms of Latin-1 and Latin Extended, or ḿ).
    private static func mayHoldPinyin(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 1 < bytes.count {
                let byte = bytes[index]
                var next = index + 1
                if byte == 0x28 || byte == 0x3F {
                    // ( or ?
                } else if byte == 0xEF, index + 3 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x88 {
                    next = index + 3  // （
                } else {
                    index += 1
                    continue
                }
                let letter = bytes[next]
                if (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter) || (0xC3...0xC9).contains(letter)
                    || letter == 0xE1 && next + 2 < bytes.count && bytes[next + 1] == 0xB8 && bytes[next + 2] == 0xBF
                {
                    return true
                }
                index = next
            }
            return false
        }
    }

    private static let clauseMarks = CodeUnitSet(units: TextTables.clausePunctuation.map { UInt16($0.value) })
    private static let noSpaceBefore = CodeUnitSet(units: TextTables.swallowsPrecedingSpace.map { UInt16($0.value) })
    private static let noSpaceAfter = CodeUnitSet(units: TextTables.swallowsFollowingSpace.map { UInt16($0.value) })
    /// Every mark a rule applies to; all other scalars are text and are copied as they are.
    private static let marks = CodeUnitSet(
        units: (TextTables.clausePunctuation
            .union(TextTables.swallowsPrecedingSpace).union(TextTables.swallowsFollowingSpace)).map { UInt16($0.value) }
    )

    /// The first clean-up of a report, in one pass: line ends (CR, CRLF → LF), odd spaces
    /// (tab, no-break, ideographic, en/em/thin → space), zero-width and control characters
    /// dropped; then clause punctuation as ``punctuation(_:)`` does it.
    static func cleaned(_ text: String) -> String { normalising(text, basicCleanUp: true) }

    /// ASCII forms for clause punctuation, runs collapsed (the last mark of `,,` `,、` `,。`
    /// stands), spaces next to punctuation removed.
    static func punctuation(_ text: String) -> String { normalising(text, basicCleanUp: false) }

    /// One pass over the UTF-8 bytes for both of the above. Unchanged runs (nearly all of a
    /// Chinese text) are copied in one go.
    private static func normalising(_ text: String, basicCleanUp: Bool) -> String {
        // Local copies: a static read inside the loop costs a once-check and a retain each time.
        let marks = marks
        let clauseMarks = clauseMarks
        let noSpaceBefore = noSpaceBefore
        let noSpaceAfter = noSpaceAfter
        var text = text
        return text.withUTF8 { input in
            var output = [UInt8]()
            output.reserveCapacity(input.count)
            // The output ends with the last non-space scalar, then `pendingSpaces` spaces;
            // `lastMark` is that scalar when it is a mark (nil after text). Input from `kept`
            // up to the current scalar is unchanged and not yet in the output.
            var pendingSpaces = 0
            var lastMark: (unit: UInt16, start: Int)?
            var kept = 0
            var index = 0
            var previousWasCR = false
            while index < input.count {
                let byte = input[index]
                let length = UTF8Scalar.length(lead: byte)
                let end = min(index + length, input.count)
                let original = UTF8Scalar.value(input, at: index, length: end - index)
                // `value` is what stands for the scalar; when `replaced`, it is written as one ASCII byte.
                var value = original
                var replaced = false
                if basicCleanUp {
                    var dropped = false
                    switch original {
                    case 0x0D:
                        value = 0x0A
                        replaced = true
                    case 0x0A where previousWasCR: dropped = true
                    case 0x09, 0x00A0, 0x3000, 0x2002, 0x2003, 0x2009:
                        value = 0x20
                        replaced = true
                    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0x200B, 0x200C, 0x200D, 0xFEFF: dropped = true
                    default: break
                    }
                    previousWasCR = original == 0x0D
                    if dropped {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<index]))
                        kept = end
                        index = end
                        continue
                    }
                }
                // Full-width forms (U+FF01…) of clause punctuation become ASCII.
                if value >= 0xFF01, let mapped = Unicode.Scalar(value).flatMap({ TextTables.punctuationMap[$0] }) {
                    value = mapped.value
                    replaced = true
                }
                let isSpace = value == 0x20 || value == 0x09
                if !isSpace, value > 0xFFFF || !marks.contains(UInt16(value)) {
                    // A Han character or other text: the common case, no rules apply.
                    pendingSpaces = 0
                    lastMark = nil
                    if replaced {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<index]))
                        output.append(UInt8(value))
                        kept = end
                    }
                    index = end
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<index]))
                kept = end
                defer { index = end }
                if isSpace {
                    // A space right after punctuation that swallows spaces is dropped.
                    if pendingSpaces == 0, let lastMark, noSpaceAfter.contains(lastMark.unit) { continue }
                    output.append(UInt8(value))
                    pendingSpaces += 1
                    continue
                }
                let unit = UInt16(value)
                if noSpaceBefore.contains(unit), pendingSpaces > 0 { output.removeLast(pendingSpaces) }
                pendingSpaces = 0
                if clauseMarks.contains(unit), let lastMark, clauseMarks.contains(lastMark.unit) {
                    output.removeSubrange(lastMark.start...)
                }
                lastMark = (unit, output.count)
                if replaced {
                    output.append(UInt8(value))
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<end]))
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<input.count]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The text's lines, split at each line feed (empty lines kept). Works on the bytes:
    /// splitting a String by Character runs grapheme breaking over all of it.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
            return lines
        }
    }

    /// Joins lines broken inside a sentence: a long line that does not end a sentence,
    /// followed (after any blank lines) by a line starting with a Han character — unless
    /// either is page furniture or a bar of links (热线 | 关于我们 | 旧版), which end at the
    /// line's end whatever their last character.
    static func joiningBrokenLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            let trimmed = trimmingSpaces(line)
            if trimmed.isEmpty {
                result.append("")
                continue
            }
            if let previousIndex = result.lastIndex(where: { !$0.isEmpty }),
                hasLength(atLeast: 40, result[previousIndex]),
                let end = result[previousIndex].last, !TextTables.lineEnders.contains(end),
                let start = trimmed.first, start.isHan || start == "《",
                !result[previousIndex].contains("|"), !PageFurniture.isFurniture(result[previousIndex]),
                !PageFurniture.isFurniture(trimmed)
            {
                result.removeSubrange((previousIndex + 1)...)
                result[previousIndex] += trimmed
            } else {
                result.append(trimmed)
            }
        }
        return result
    }

    /// True when `line` has at least `length` UTF-16 units, counting no further than that
    /// (`utf16.count` translates indices over the whole of a long line).
    private static func hasLength(atLeast length: Int, _ line: String) -> Bool {
        var count = 0
        for _ in line.utf16 {
            count += 1
            if count >= length { return true }
        }
        return false
    }

    private static func trimmingSpaces(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
