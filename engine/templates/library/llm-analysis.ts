export const llmAnalysis = `template:
  name: llm_analysis
  title: Language-model analysis
  summary: sends fetched records to a language model and stores its analysis
  description: >-
    A LangGraph chain of fetch, prompt and save. The model, its temperature and the prompt are
    parameters, so one template serves news summaries, trade-comment classification and similar jobs.
  parameters:
    source_url:
      type: string
      pattern: "https://.+"
      description: the HTTPS endpoint that returns the records to analyse
      required: true
    model:
      type: enum
      values: [ollama, openai, anthropic]
      description: the model provider
      default: ollama
    model_name:
      type: string
      description: the model the provider serves
      default: llama3
    prompt:
      type: string
      description: the instruction sent with the records
      required: true
    temperature:
      type: number
      minimum: 0
      maximum: 2
      description: how varied the answers are, from 0 to 2
      default: 0.2
    bucket:
      type: string
      description: the S3 bucket the analysis is written to
      required: true
  example:
    source_url: https://news.example.com/api/headlines
    prompt: Summarise the headlines that mention the instruments we hold
    bucket: research-summaries
workflow:
  type: langgraph
  nodes:
    - name: fetch
      type: data_fetcher
      config:
        source: api
        url: \${{ params.source_url }}
    - name: analyse
      type: llm_processor
      config:
        model: \${{ params.model }}
        model_name: \${{ params.model_name }}
        prompt: \${{ params.prompt }}
        temperature: \${{ params.temperature }}
    - name: save
      type: data_saver
      config:
        destination: s3
        bucket: \${{ params.bucket }}
        format: json
`;
