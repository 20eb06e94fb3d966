import { Component, type ReactNode } from 'react'
import { PanelError } from './panel-state'

type Props = { title: string; children: ReactNode }

/** Keeps one panel's crash inside that panel, with a retry that renders it again. */
export class PanelErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    if (this.state.error) {
      return (
        <PanelError
          title={this.props.title}
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      )
    }
    return this.props.children
  }
}
