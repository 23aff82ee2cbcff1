from mandates.cli import main

main()
