//! A cairo-run style command line over the Rust VM, for side-by-side timing with cairovm:
//!   rust-cairo-run --program P.json [--layout L] [--trace_file F] [--memory_file F]
//!                  [--print_output] [--print_info] [--proof_mode]
use cairo_vm::cairo_run::{cairo_run, write_encoded_memory, write_encoded_trace, CairoRunConfig};
use cairo_vm::hint_processor::builtin_hint_processor::builtin_hint_processor_definition::BuiltinHintProcessor;
use cairo_vm::types::layout_name::LayoutName;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Default)]
struct Options {
    program: String,
    layout: String,
    trace_file: Option<String>,
    memory_file: Option<String>,
    print_output: bool,
    print_info: bool,
    proof_mode: bool,
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options { layout: "plain".into(), ..Default::default() };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--program" => options.program = value()?,
            "--layout" => options.layout = value()?,
            "--trace_file" => options.trace_file = Some(value()?),
            "--memory_file" => options.memory_file = Some(value()?),
            "--print_output" => options.print_output = true,
            "--print_info" => options.print_info = true,
            "--proof_mode" => options.proof_mode = true,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if options.program.is_empty() {
        return Err("--program is required".into());
    }
    Ok(options)
}

fn layout_named(name: &str) -> Result<LayoutName, String> {
    let all = [
        LayoutName::plain,
        LayoutName::small,
        LayoutName::dex,
        LayoutName::recursive,
        LayoutName::starknet,
        LayoutName::starknet_with_keccak,
        LayoutName::recursive_large_output,
        LayoutName::recursive_with_poseidon,
        LayoutName::all_solidity,
        LayoutName::all_cairo,
    ];
    all.into_iter().find(|l| l.to_str() == name).ok_or(format!("unknown layout {name}"))
}

/// Buffered like the Rust VM's own CLI, so file writing costs the same as there.
fn create_writer(path: &str) -> Result<BufWriter<std::fs::File>, String> {
    let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(BufWriter::with_capacity(3 * 1024 * 1024, file))
}

fn run(options: &Options) -> Result<(), String> {
    let program = std::fs::read(&options.program).map_err(|e| format!("{}: {e}", options.program))?;
    let config = CairoRunConfig {
        entrypoint: "main",
        trace_enabled: options.trace_file.is_some(),
        relocate_mem: options.memory_file.is_some() || options.print_info,
        layout: layout_named(&options.layout)?,
        proof_mode: options.proof_mode,
        secure_run: None,
        ..Default::default()
    };
    let mut hints = BuiltinHintProcessor::new_empty();
    let mut runner = cairo_run(&program, &config, &mut hints).map_err(|e| e.to_string())?;

    if options.print_output {
        let mut text = String::new();
        runner.vm.write_output(&mut text).map_err(|e| e.to_string())?;
        print!("Program output:\n{text}");
    }
    if let Some(path) = &options.trace_file {
        let trace = runner.relocated_trace.as_ref().ok_or("no relocated trace")?;
        let mut writer = create_writer(path)?;
        write_encoded_trace(trace, &mut writer).map_err(|e| e.to_string())?;
        writer.flush().map_err(|e| e.to_string())?;
    }
    if let Some(path) = &options.memory_file {
        let mut writer = create_writer(path)?;
        write_encoded_memory(&runner.relocated_memory, &mut writer).map_err(|e| e.to_string())?;
        writer.flush().map_err(|e| e.to_string())?;
    }
    if options.print_info {
        let resources = runner.get_execution_resources().map_err(|e| e.to_string())?;
        println!("Number of steps: {}", resources.n_steps);
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_options().and_then(|options| run(&options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
