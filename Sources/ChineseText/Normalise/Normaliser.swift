import Foundation

/// Cleans what real scrapes contain, without inventing anything: characters lost to
/// mojibake stay visible as they are.
enum Normaliser {
    /// Line ends, odd spaces, zero-width characters.
    static func basic(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: output.append("\n"); previousWasCR = true; continue
            case 0x0A where previousWasCR: previousWasCR = false; continue
            case 0x00A0, 0x3000, 0x2002, 0x2003, 0x2009, 0x0009: output.append(" ")
            case 0x200B, 0x200C, 0x200D, 0xFEFF: break
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: break
            default: output.append(scalar)
            }
            previousWasCR = false
        }
        return String(output)
    }

    /// Removes romanisation glued to characters.
    static func removingPinyin(_ text: String) -> String {
        guard text.contains(")") || text.contains("）") else { return text }
        return TextTables.orphanPinyin.replacing(in: TextTables.gluedPinyin.replacing(in: text, with: ""), with: "")
    }

    /// ASCII forms for clause punctuation, runs collapsed (the last mark of `,,` `,、` `,。`
    /// stands), spaces next to punctuation removed. One pass over the scalars.
    static func punctuation(_ text: String) -> String {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.unicodeScalars.count)
        var pendingSpaces = 0
        for original in text.unicodeScalars {
            // Only full-width forms (U+FF01…) are remapped; everything else passes untouched.
            let scalar = original.value >= 0xFF01 ? (TextTables.punctuationMap[original] ?? original) : original
            if scalar.value > 0x3002, scalar.value < 0xFF01, scalar != "“", scalar != "”", scalar != "《", scalar != "》" {
                // A Han character or other text: the common case, no punctuation rules apply.
                pendingSpaces = 0
                output.append(scalar)
                continue
            }
            if scalar == " " || scalar == "\t" {
                // A space right after punctuation that swallows spaces is dropped.
                if let last = output.last, TextTables.swallowsFollowingSpace.contains(last) { continue }
                output.append(scalar)
                pendingSpaces += 1
                continue
            }
            if TextTables.swallowsPrecedingSpace.contains(scalar), pendingSpaces > 0 {
                output.removeLast(pendingSpaces)
            }
            pendingSpaces = 0
            if TextTables.clausePunctuation.contains(scalar), let last = output.last, TextTables.clausePunctuation.contains(last) {
                output[output.count - 1] = scalar
                continue
            }
            output.append(scalar)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: output)
        return String(result)
    }

    /// Joins lines broken inside a sentence: a long line that does not end a sentence,
    /// followed (after any blank lines) by a line starting with a Han character.
    static func joiningBrokenLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            let trimmed = trimmingSpaces(line)
            if trimmed.isEmpty { result.append(""); continue }
            if let previousIndex = result.lastIndex(where: { !$0.isEmpty }),
               result[previousIndex].utf16.count >= 40,
               let end = result[previousIndex].last, !TextTables.lineEnders.contains(end),
               let start = trimmed.first, start.isHan || start == "《" {
                result.removeSubrange((previousIndex + 1)...)
                result[previousIndex] += trimmed
            } else {
                result.append(trimmed)
            }
        }
        return result
    }

    private static func trimmingSpaces(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
