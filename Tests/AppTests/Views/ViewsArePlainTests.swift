import Foundation
import Testing

/// Views render plain models: no file under a `Views` folder imports Fluent or names a Fluent
/// model type, so every page can be rendered (and snapshotted) without a database.
@Suite struct ViewsArePlainTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    @Test func viewsNameNoFluentModel() throws {
        let models = try Self.fluentModels()
        #expect(models.contains("WorkTask") && models.contains("OrgUnit"), "found the models: \(models.sorted())")
        var offenders: [String] = []
        for file in try Self.swiftFiles(under: "App") where file.path.contains("/Views/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let named = models.filter { text.range(of: "\\b\($0)\\b", options: .regularExpression) != nil }
            let importsFluent = text.range(of: "(?m)^import (Fluent|FluentKit)$", options: .regularExpression) != nil
            if importsFluent || !named.isEmpty { offenders.append(file.lastPathComponent) }
        }
        #expect(offenders.isEmpty, "views naming Fluent models: \(offenders.sorted())")
    }

    static func fluentModels() throws -> Set<String> {
        var names: Set<String> = []
        for file in try swiftFiles(under: "Domain") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: "final class (\\w+): Model\\b")
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return names
    }

    static func swiftFiles(under folder: String) throws -> [URL] {
        let walker = FileManager.default.enumerator(
            at: sources.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }
}
