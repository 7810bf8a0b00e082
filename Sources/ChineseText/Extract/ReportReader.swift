import Foundation

/// Reads a meeting report — bytes in any supported encoding, plain text or HTML, Simplified
/// or Traditional, scraped junk and all — into a ``MeetingReport``.
///
/// Open one reader and reuse it: it holds the OpenCC converters, whose opening costs a few
/// milliseconds. It keeps no state between reads and is safe to share between threads.
public final class ReportReader: Sendable {
    private let toSimplified: ScriptConverter
    private let decoder: TextDecoder
    private let detector: ScriptDetector
    private let gazetteer: Gazetteer

    public init() throws {
        toSimplified = try ScriptConverter(.traditionalToSimplified)
        let toTraditional = try ScriptConverter(.simplifiedToTraditional)
        decoder = TextDecoder(traditionalizer: toTraditional)
        detector = ScriptDetector(traditionalizer: toTraditional)
        gazetteer = Gazetteer()
    }

    /// Reads a file's bytes. `filename` (for its extension) and `encoding` are optional hints.
    public func read(bytes: [UInt8], filename: String? = nil, encoding: TextEncoding? = nil) throws -> MeetingReport {
        try read(bytes: bytes, filename: filename, encoding: encoding, reasons: nil)
    }

    /// Reads a file's bytes as ``read(bytes:filename:encoding:)`` does, and says for each field
    /// which rule produced it from which sentence (`tongxin extract --explain`).
    public func explain(
        bytes: [UInt8], filename: String? = nil, encoding: TextEncoding? = nil
    ) throws -> (report: MeetingReport, reasons: [FieldReason]) {
        let reasons = Reasons()
        let report = try read(bytes: bytes, filename: filename, encoding: encoding, reasons: reasons)
        return (report, reasons.all)
    }

    /// Reads text that is already decoded.
    public func read(text: String, encoding: TextEncoding = .utf8) -> MeetingReport {
        read(text: text, encoding: encoding, reasons: nil)
    }

    private func read(bytes: [UInt8], filename: String?, encoding: TextEncoding?, reasons: Reasons?) throws
        -> MeetingReport
    {
        let lowered = filename?.lowercased() ?? ""
        if lowered.hasSuffix(".docx") || (bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && encoding == nil) {
            let text = try DocxText.paragraphs(from: bytes).joined(separator: "\n")
            return read(text: text, encoding: .utf8, reasons: reasons)
        }
        let decoded = try decoder.decode(bytes, as: encoding)
        let isHTML = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || HTMLToText.looksLikeHTML(decoded.text)
        let text = isHTML ? HTMLToText.convert(decoded.text) : decoded.text
        return read(text: text, encoding: decoded.encoding, reasons: reasons)
    }

    private func read(text raw: String, encoding: TextEncoding, reasons: Reasons?) -> MeetingReport {
        var text = Normaliser.removingPinyin(Normaliser.cleaned(raw))
        let traditional = detector.isTraditional(text)
        let original = traditional ? text : nil
        // Conversion may bring back full-width marks, so punctuation is normalised again after it.
        if traditional { text = Normaliser.punctuation(toSimplified.convert(text)) }
        let lines = Normaliser.joiningBrokenLines(Normaliser.lines(of: text))

        // Each line is classified once; the headline and the body use the same flags.
        let isFurniture = lines.map { !$0.isEmpty && PageFurniture.isFurniture($0) }
        var furniture = PageFurniture()
        for (line, flagged) in zip(lines, isFurniture) where flagged { furniture.collect(from: line) }
        let headline = HeadlineFinder.find(in: lines, isFurniture: isFurniture, reasons: reasons)
        let title = headline.text
        let published = ReportDates.published(
            header: Array(zip(lines, isFurniture).prefix(headline.headerEnd + 1)), reasons: reasons)
        let paragraphs = zip(lines, isFurniture).dropFirst(headline.bodyStart).filter { !$0.0.isEmpty && !$0.1 }.map(
            \.0)
        let body = UTF16Text(paragraphs.joined(separator: "\n"))

        let (meetingName, nameSentence) = MeetingNameFinder.find(in: body, title: title, reasons: reasons)
        let mentions = PeopleFinder.mentions(in: body)
        let (people, speakers) = RoleFinder.assign(mentions: mentions, body: body, reasons: reasons)
        let headed = title.map { UTF16Text($0 + "\n" + body.string) } ?? body
        // The sentence that names the meeting dates it, when it gives a day.
        let meetingSentence =
            nameSentence.flatMap { MeetingDateFinder.hasDay($0) ? $0 : nil } ?? ReportDates.meetingSentence(in: body)
        let report = MeetingReport(
            id: nil,
            script: traditional ? "hant" : "hans",
            encoding: encoding.rawValue,
            title: title,
            published: published,
            meetingDate: MeetingDateFinder.find(
                sentence: meetingSentence, body: body, meetingName: meetingName, published: published,
                reasons: reasons),
            meetingName: meetingName,
            region: RegionFinder.find(
                meetingName: meetingName, meetingSentence: meetingSentence, title: title,
                positions: people.map(\.position), names: people.map(\.name), body: body, gazetteer: gazetteer,
                reasons: reasons),
            people: people,
            documents: DocumentTitles.find(in: headed),
            requirements: RequirementFinder.find(in: body, people: people.map(\.name), mainSpeakers: speakers),
            quantities: QuantityFinder.find(in: headed),
            source: furniture.source,
            author: furniture.author,
            editor: furniture.editor,
            keywords: furniture.keywords,
            paragraphs: Array(paragraphs),
            original: original
        ).withChinesePunctuation()
        reasons?.addLists(of: report)
        return report
    }
}
