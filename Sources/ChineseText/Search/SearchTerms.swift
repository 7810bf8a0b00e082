import Foundation

/// Terms for finding texts that speak of the same thing. Chinese has no spaces, and a run of
/// characters is one token to SQL full-text engines, so texts are cut here into overlapping
/// character pairs (bigrams: 老旧小区 → 老旧 旧小 小区), the usual way to index Chinese
/// without a dictionary. Latin words and numbers are kept whole, lower-cased. Traditional
/// characters are folded to Simplified first, so 舊城改造 finds 旧城改造.
public struct SearchTerms: Sendable {
    /// Folds Traditional to Simplified; nil when OpenCC cannot be opened (terms are then
    /// taken as written).
    private let toSimplified: ScriptConverter?

    /// Latin words and numbers longer than this are left out.
    public static let maxWordLength = 32

    /// Opens the Traditional → Simplified conversion once: keep one instance and reuse it.
    public init() {
        toSimplified = try? ScriptConverter(.traditionalToSimplified)
    }

    /// The distinct terms of `text` in the order they first appear, at most `limit` of them.
    public func terms(of text: String, limit: Int = 1_000) -> [String] {
        let folded = toSimplified?.convert(text) ?? text
        var seen = Set<String>()
        var terms: [String] = []
        func add(_ term: String) {
            guard terms.count < limit, seen.insert(term).inserted else { return }
            terms.append(term)
        }
        var han: [Character] = []
        var word = ""
        func flushHan() {
            if han.count == 1 { add(String(han[0])) }
            if han.count > 1 { for index in 1..<han.count { add(String([han[index - 1], han[index]])) } }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            // Longer runs are codes or pasted data, not words: they would only bloat the index.
            if word.count > 1, word.count <= Self.maxWordLength { add(word.lowercased()) }
            word = ""
        }
        for character in folded {
            guard terms.count < limit else { break }
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.isHan {
                flushWord()
                han.append(character)
            } else if character.isLetter || character.isNumber {
                flushHan()
                word.append(character)
            } else {
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWord()
        return terms
    }
}
