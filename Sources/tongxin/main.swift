import App
import Foundation
import NIOCore
import NIOPosix
import Vapor

// Run Swift concurrency on the server's event loops: every async handler otherwise hops from
// an event loop to the global executor's threads and back, which cost more than a cached page.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// `extract` reads files only: no configuration, no database, no server.
if CommandLine.arguments.dropFirst().first == "extract" {
    ExtractCommand.main(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

// Parse configuration first: a bad setting must stop start-up with a message naming it.
let config: AppConfig
do {
    config = try AppConfig.fromEnvironment()
} catch {
    FileHandle.standardError.write(Data("tongxin: \(error)\n".utf8))
    exit(2)
}

// `import` parses its own arguments (files, folders, options) before the application starts.
var importCommand: ImportCommand?
if CommandLine.arguments.dropFirst().first == "import" {
    do {
        importCommand = try ImportCommand.parse(Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        ImportCommand.exit(withError: error)
    }
}

var env = try importCommand == nil ? Environment.detect() : Environment.detect(arguments: ["tongxin"])
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app, config: config)
    if let importCommand {
        let status = try await importCommand.run(on: app)
        try await app.asyncShutdown()
        exit(status)
    }
    try await app.execute()
} catch {
    FileHandle.standardError.write(Data("tongxin: \(error)\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
