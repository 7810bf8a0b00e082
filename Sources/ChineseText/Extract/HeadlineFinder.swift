/// The headline among the lines before the body.
///
/// Every line before the first line that reads as body text (a full sentence, a long line, or
/// one opening with the date) is a candidate, unless it is page furniture, a crumb, a banner,
/// a clock or a date, or too short to be a headline. Candidates are scored: naming a meeting
/// (会, 召开, 举行) counts, and so does sharing words with the body's opening; the best
/// candidate scoring at least `threshold` wins, the earlier on a tie.
enum HeadlineFinder {
    struct Headline {
        let text: String?
        /// Where the body starts: the line after the headline, or the first line read as body.
        let bodyStart: Int
        /// The lines before the body (the page's header), where the publication date is printed.
        let headerEnd: Int
    }

    private static let datedOpening = Pattern(#"^\d{1,2}月\d{1,2}日"#, requiringOneOf: ["月"])
    private static let banner = Pattern(
        #"欢迎|位置|首页|登录|注册|分享|来源\s*:|>|»|[\d]{1,2}:\d{2}|(?:19|20)\d{2}[\-/.]\d{1,2}"#)
    private static let meetingWords = ["会", "召开", "举行", "举办"]
    private static let minimumHan = 5
    static let threshold = 0.5
    private static let laterCandidatePenalty = 0.15

    static func find(in lines: [String], isFurniture: [Bool], reasons: Reasons? = nil) -> Headline {
        let bodyIndex =
            lines.indices.first { index in
                let line = lines[index]
                return !line.isEmpty && !isFurniture[index]
                    && (line.contains("。") || line.count > 60 || datedOpening.contains(line))
            } ?? lines.count
        let opening = Set(hanPairs(lines[bodyIndex..<min(lines.count, bodyIndex + 3)].joined()))
        var best: (index: Int, score: Double)?
        var candidates = 0
        for index in 0..<bodyIndex where !lines[index].isEmpty && !isFurniture[index] {
            let line = lines[index]
            guard !banner.contains(line), line.unicodeScalars.count(where: \.isHan) >= minimumHan else { continue }
            // A later candidate pays for its place: a deck under the headline repeats the body.
            let score =
                (meetingWords.contains(where: { line.utf8.contains($0.utf8) }) ? 1.0 : 0.0)
                + sharedBigrams(line, opening) - Double(candidates) * laterCandidatePenalty
            candidates += 1
            if score >= threshold, score > best?.score ?? -1 { best = (index, score) }
        }
        guard let best else {
            return Headline(text: nil, bodyStart: bodyIndex, headerEnd: bodyIndex)
        }
        reasons?.add(.title, rule: "标题候选得分最高（\(Int(best.score * 100))）", from: lines[best.index])
        return Headline(text: lines[best.index], bodyStart: best.index + 1, headerEnd: bodyIndex)
    }

    /// The share of the line's pairs of adjacent Han characters found in `text`.
    private static func sharedBigrams(_ line: String, _ text: Set<UInt32>) -> Double {
        let pairs = hanPairs(line)
        guard !pairs.isEmpty else { return 0 }
        return Double(pairs.count(where: text.contains)) / Double(pairs.count)
    }

    /// Adjacent Han characters (BMP), each pair as one number.
    private static func hanPairs(_ text: String) -> [UInt32] {
        let units = Array(text.utf16)
        guard units.count >= 2 else { return [] }
        return (1..<units.count).compactMap { index in
            let (first, second) = (units[index - 1], units[index])
            guard first.isHanUnit, second.isHanUnit else { return nil }
            return UInt32(first) << 16 | UInt32(second)
        }
    }
}
