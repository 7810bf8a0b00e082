import ArgumentParser
import ChineseText
import Foundation

/// `tongxin extract [--format json|text] [--encoding E] [--explain] FILE... | -`: reads meeting
/// reports and prints what the reader found. Needs no database or configuration.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read meeting reports (any encoding, HTML, .docx) into JSON.",
        discussion:
            "Prints one JSON object per file (an array for several). Exit status 1 when a file could not be read.")

    public enum Format: String, ExpressibleByArgument, Sendable {
        case json, text
    }

    @Option(help: "json (default) or text, a summary for people.")
    var format: Format = .json

    @Option(help: "utf-8, utf-16le, utf-16be, gb18030 or big5; detected when omitted.")
    var encoding: String?

    @Flag(help: "Say for each field which rule produced it from which sentence.")
    var explain = false

    @Argument(help: "Files to read; - reads standard input.")
    var files: [String] = []

    public init() {}

    /// Largest input accepted, to keep one bad file from exhausting memory.
    static let maxBytes = 64 << 20

    public func run() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE, or - for standard input") }
        var forced: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else {
                throw ValidationError("unknown encoding \(encoding); use utf-8, utf-16le, utf-16be, gb18030 or big5")
            }
            forced = parsed
        }
        let reader = try ReportReader()
        var reports: [ExplainedReport] = []
        var failures = 0
        for file in files {
            do {
                let bytes = try Self.bytes(of: file)
                var (report, reasons) =
                    explain
                    ? try reader.explain(bytes: bytes, filename: file, encoding: forced)
                    : (try reader.read(bytes: bytes, filename: file, encoding: forced), [])
                report.id = file == "-" ? nil : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                reports.append(ExplainedReport(report: report, explanation: explain ? reasons : nil))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("tongxin extract: \(file): \(error)\n".utf8))
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = files.count == 1 ? try reports.first.map { try encoder.encode($0) } : try encoder.encode(reports)
            if let data { FileHandle.standardOutput.write(data + Data("\n".utf8)) }
        case .text:
            let texts = reports.map {
                ReportSummary.text($0.report) + ($0.explanation.map(ReportSummary.explanation) ?? "")
            }
            FileHandle.standardOutput.write(Data(texts.joined(separator: "\n").utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private static func bytes(of file: String) throws -> [UInt8] {
        let handle = file == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        guard data.count <= maxBytes else { throw ExtractError("larger than \(maxBytes >> 20) MB") }
        return [UInt8](data)
    }
}

/// A reading, and with `--explain` the reasons behind it (an `explanation` key in JSON).
struct ExplainedReport: Encodable {
    let report: MeetingReport
    let explanation: [FieldReason]?

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        guard let explanation else { return }
        var container = encoder.container(keyedBy: ExplanationKey.self)
        try container.encode(explanation, forKey: .explanation)
    }

    private enum ExplanationKey: String, CodingKey { case explanation }
}

struct ExtractError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The `--format text` rendering: what a person wants to see at a glance.
enum ReportSummary {
    static func text(_ report: MeetingReport) -> String {
        var lines: [String] = []
        lines.append("标题：\(report.title ?? "（无）")")
        lines.append("会议：\(report.meetingName ?? "—")　日期：\(report.meetingDate ?? "—")　地区：\(report.region ?? "—")")
        if let published = report.published { lines.append("发布：\(published)") }
        if !report.people.isEmpty {
            lines.append("人员：")
            lines += report.people.map { "  \($0.name)（\($0.position)）：\($0.roles.joined(separator: "、"))" }
        }
        if !report.documents.isEmpty { lines.append("文件：" + report.documents.map { "《\($0)》" }.joined(separator: "、")) }
        if !report.requirements.isEmpty {
            lines.append("要求：")
            lines += report.requirements.map { "  [\($0.list).\($0.ordinal)] \($0.head)（\($0.speaker ?? "—")）" }
        }
        if !report.quantities.isEmpty { lines.append("数量：" + report.quantities.joined(separator: "、")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `--explain` lines: every field with the rules that produced it, or 未找到.
    static func explanation(_ reasons: [FieldReason]) -> String {
        var lines = ["依据："]
        for field in FieldReason.Field.allCases {
            let found = reasons.filter { $0.field == field }
            guard !found.isEmpty else {
                lines.append("  \(field.label)：未找到")
                continue
            }
            for reason in found { lines.append("  \(field.label)：\(reason.rule)　←　\(reason.text)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
