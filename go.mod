module github.com/cypx/cypx

go 1.26.8

require go.yaml.in/yaml/v3 v3.0.6

require github.com/blevesearch/snowballstem v0.9.0 // indirect
